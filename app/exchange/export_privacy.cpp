// The keyed pseudonyms and the fields a pseudonymous export empties.
#include "exchange/export_privacy.hpp"

#include <sodium.h>

#include <stdexcept>

#include "core/identity.hpp"

namespace cdmype::exchange {

Pseudonymizer::Pseudonymizer(std::string national_key) : key_(std::move(national_key)) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium no se pudo inicializar");
}

std::string Pseudonymizer::of(std::string_view identifier) const {
  if (identifier.empty()) return {};
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key_.data()),
                              key_.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(identifier.data()),
                                identifier.size());
  crypto_auth_hmacsha256_final(&state, mac);
  char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return std::string(hex, crypto_auth_hmacsha256_BYTES * 2);
}

std::string Pseudonymizer::of_enterprise(const Enterprise& e) const {
  if (e.forma_juridica != FormaJuridica::PersonaNatural && !e.nit.empty()) {
    // A DUI typed as NIT is a person, whatever the form says.
    if (const auto dui = dui_of_nit(e.nit)) return of(*dui);
    if (const auto nit = normalize_nit(e.nit)) return of(*nit);
  }
  if (const auto dui = normalize_dui(e.titular.dui)) return of(*dui);
  return {};
}

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
