// The sensitive-data rule of a file's titular.
#include "core/sensitive_data.hpp"

namespace cdmype {

bool may_see_sensitive(const Actor& actor, std::int64_t asesor_id) {
  if (actor.role == Role::Director) return true;
  return actor.role == Role::Asesor && actor.user_id != 0 && asesor_id == actor.user_id;
}

void hide_sensitive(Enterprise& file) {
  file.titular.discapacidad = false;
  file.titular.retornado = false;
}

void keep_sensitive(Enterprise& edited, const Enterprise& stored) {
  edited.titular.discapacidad = stored.titular.discapacidad;
  edited.titular.retornado = stored.titular.retornado;
}

std::string sensitive_consent_problem(const Titular& before, const Titular& after,
                                      const ConsentState& consent) {
  const bool newly =
      (after.discapacidad && !before.discapacidad) || (after.retornado && !before.retornado);
  if (!newly || consent.may_record_sensitive()) return "";
  return "titular: la discapacidad y la condición de persona retornada son datos sensibles; "
         "solo se registran con el consentimiento expreso de la persona («Datos sensibles»).";
}

}  // namespace cdmype
