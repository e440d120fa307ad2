// Gathers the register: center settings, counts, and the consent states folded per person.
#include "services/processing_register_service.hpp"

#include "store/consent_repository.hpp"
#include "store/processing_counts.hpp"
#include "store/settings_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

ProcessingRegister ProcessingRegisterService::gather(const Actor& actor) {
  require(actor, Action::ManageDataProtection);
  auto& db = ctx_.sql();
  store::ReadSnapshot snapshot(db);  // every figure as of one moment
  const store::CenterSettings center = store::SettingsRepository(db).center();
  ProcessingRegister r;
  r.centro = center.center_name;
  r.operador = center.operator_name;
  r.delegado = center.delegado();
  r.fecha = ctx_.today();
  r.retencion_anios = center.retention_years;
  r.motor = ctx_.db.engine() == store::Engine::PostgreSQL
                ? "el servidor PostgreSQL del centro, en su red local (conexiones cifradas con "
                  "TLS y contraseñas scram-sha-256)"
                : "un archivo SQLite en el equipo del centro";
  store::count_processing(db, r);
  for (const auto& [id, state] : store::ConsentRepository(db).states(ConsentPerson::Titular)) {
    if (!state.registered) continue;
    ++r.consentimiento_registrado;
    if (state.granted.has(ConsentScope::Seguimiento)) ++r.con_seguimiento;
    if (state.granted.has(ConsentScope::Comunicaciones)) ++r.con_comunicaciones;
    if (state.granted.has(ConsentScope::Sensibles)) ++r.con_sensibles;
    if (state.granted.has(ConsentScope::Compartir)) ++r.con_compartir;
    if (state.restricted()) ++r.con_oposicion_o_limitacion;
  }
  r.consentimiento_no_registrado = r.titulares - r.consentimiento_registrado;
  store::ConsentRepository consents(db);
  r.remitidas_con_consentimiento = consents.registered_count(ConsentPerson::Remitido);
  r.participantes_con_consentimiento = consents.registered_count(ConsentPerson::Participante);
  return r;
}

}  // namespace cdmype::services
