// Consent as the command line gives it: --alcances on `consent` and on the commands that record a
// new person (`referral record`, `training attend`).
#pragma once
#include <optional>

#include "cli/command_context.hpp"
#include "core/consent.hpp"

namespace cdmype::cli {

// --alcances "atencion,seguimiento,…" (required); UsageError naming the codes when unknown.
ConsentScopes scopes_option(const CommandContext& c);

// The grant a new person signed when --alcances is given (dated `fecha`, the day they were
// recorded); nullopt without it: their consent is then «no registrado», as for imported history.
std::optional<ConsentRecord> intake_consent_option(const CommandContext& c, const Date& fecha);

}  // namespace cdmype::cli
