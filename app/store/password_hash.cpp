// libsodium wrappers; sodium_init is called once, thread-safe by libsodium's own design.
#include "store/password_hash.hpp"

#include <sodium.h>

#include <stdexcept>
#include <string>

namespace cdmype::store {

namespace {

void ensure_sodium() {
  static const int rc = sodium_init();
  if (rc < 0) throw std::runtime_error("no se pudo iniciar libsodium");
}

std::string hash_with_limits(std::string_view password, unsigned long long ops, size_t mem) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), ops, mem) != 0)
    throw std::runtime_error("memoria insuficiente para calcular la contraseña");
  return out;
}

}  // namespace

std::string hash_password(std::string_view password) {
  return hash_with_limits(password, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

std::string hash_demo_password(std::string_view password) {
  return hash_with_limits(password, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

bool verify_password(std::string_view hash, std::string_view password) {
  ensure_sodium();
  const std::string h(hash);  // libsodium wants a NUL-terminated string
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

bool password_needs_rehash(std::string_view hash) {
  ensure_sodium();
  const std::string h(hash);
  return crypto_pwhash_str_needs_rehash(h.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

}  // namespace cdmype::store
