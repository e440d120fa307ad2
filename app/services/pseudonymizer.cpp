// HMAC-SHA-256 with libsodium over the normalized identifier.
#include "services/pseudonymizer.hpp"

#include <sodium.h>

#include <stdexcept>

#include "core/identity.hpp"

namespace cdmype::services {

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

}  // namespace cdmype::services
