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
int cmd_demo(CommandContext& c);
int cmd_goals(CommandContext& c);

}  // namespace cdmype::cli
