// The fields a pseudonymous export empties.
#include "exchange/export_privacy.hpp"

namespace cdmype::exchange {

void strip_identifiers(Enterprise& e) {
  const bool natural = e.forma_juridica == FormaJuridica::PersonaNatural;
  if (natural) {
    e.nombre.clear();
    e.nit.clear();
    e.nrc.clear();
  }
  e.titular.nombre.clear();
  e.titular.dui.clear();
  e.titular.fecha_nacimiento.reset();
  e.notas.clear();
}

void strip_identifiers(AdvisorySession& s) {
  s.tema.clear();
  s.diagnostico.clear();
  s.acuerdos.clear();
  s.proximo_paso.clear();
}

void strip_identifiers(Referral& r) {
  r.nombre.clear();
  r.telefono.clear();
  r.dui.clear();
  r.necesidad.clear();
  r.motivo.clear();
}

void strip_identifiers(TechnicalAssistance& a) {
  a.descripcion.clear();
  a.motivo_rechazo.clear();
  a.motivo_cancelacion.clear();
}

void strip_identifiers(ResultRecord& r) { r.detalle.clear(); }

void strip_identifiers(TrainingAttendee& a) { a.nombre.clear(); }

Referral as_shared(Referral r, const WithheldPeople& withheld) {
  if (withheld.referrals.contains(r.meta.id) || withheld.files.contains(r.enterprise_id))
    strip_identifiers(r);
  return r;
}

TrainingAttendee as_shared(TrainingAttendee a, const WithheldPeople& withheld) {
  if (withheld.attendees.contains(a.meta.id) || withheld.files.contains(a.enterprise_id))
    strip_identifiers(a);
  return a;
}

}  // namespace cdmype::exchange
