// The cdmype-cli commands; each returns an exit status and throws UserError/UsageError on failure.
#pragma once
#include "cli/command_context.hpp"

namespace cdmype::cli {

int cmd_init(CommandContext& c);
int cmd_user(CommandContext& c);
int cmd_import(CommandContext& c);
int cmd_export(CommandContext& c);
int cmd_report(CommandContext& c);
int cmd_backup(CommandContext& c);
int cmd_check(CommandContext& c);
int cmd_restore(CommandContext& c);
int cmd_demo(CommandContext& c);
int cmd_goals(CommandContext& c);
// Technical assistance (issue 4): cmd_at.cpp, cmd_budget.cpp, cmd_policy.cpp, cmd_provider.cpp.
int cmd_at(CommandContext& c);
int cmd_budget(CommandContext& c);
int cmd_policy(CommandContext& c);
// The dated minimum wage behind enterprise size (issue 13): cmd_minimum_wage.cpp.
int cmd_minimum_wage(CommandContext& c);
// The register of data-protection requests and its calendar (issue 15): cmd_rights.cpp.
int cmd_rights(CommandContext& c);
int cmd_consent(CommandContext& c);
// The breach log and its 72-hour clock (issue 15): cmd_breach.cpp.
int cmd_breach(CommandContext& c);
int cmd_provider(CommandContext& c);
// Referrals, trainings, results (issue 7): cmd_referral.cpp, cmd_outcome.cpp.
int cmd_referral(CommandContext& c);
int cmd_training(CommandContext& c);
int cmd_result(CommandContext& c);
// Center settings (issue 13): cmd_settings.cpp.
int cmd_settings(CommandContext& c);
// Moving the center between a file and the server: cmd_copy_to.cpp.
int cmd_copy_to(CommandContext& c);
// A person's rights over their data: cmd_person.cpp.
int cmd_person(CommandContext& c);
// The national roll-up (issue 16): cmd_national.cpp.
int cmd_center(CommandContext& c);
int cmd_national(CommandContext& c);

}  // namespace cdmype::cli
