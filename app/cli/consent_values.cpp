// Reads --alcances.
#include "cli/consent_values.hpp"

#include "core/errors.hpp"

namespace cdmype::cli {

ConsentScopes scopes_option(const CommandContext& c) {
  const std::string text = c.args.required_option("alcances");
  const auto scopes = ConsentScopes::parse(text);
  if (!scopes)
    throw UsageError("--alcances: «" + text +
                     "» no es una lista de alcances; use atencion, seguimiento, comunicaciones, "
                     "sensibles y compartir, separados por comas");
  return *scopes;
}

std::optional<ConsentRecord> intake_consent_option(const CommandContext& c, const Date& fecha) {
  if (!c.args.option("alcances")) return std::nullopt;
  ConsentRecord grant;
  grant.accion = ConsentAction::Otorga;
  grant.scopes = scopes_option(c);
  grant.fecha = fecha;
  return grant;
}

}  // namespace cdmype::cli
