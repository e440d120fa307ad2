// crypto_sign (libsodium Ed25519) with the keys kept as base64 text.
#include "store/center_signing_key.hpp"

#include <sodium.h>

#include <stdexcept>

#include "store/base64.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium no se pudo inicializar");
}

std::string stored(Connection& db, const char* column) {
  Statement q(db, std::string("SELECT ") + column + " AS k FROM center_signing_key WHERE id = 1");
  return q.step() ? column_text(q, "k") : std::string();
}

}  // namespace

bool CenterSigningKey::ensure(std::string_view now) {
  require_transaction(db_);
  if (!public_key().empty()) return false;
  ensure_sodium();
  std::string pk(crypto_sign_PUBLICKEYBYTES, '\0');
  std::string sk(crypto_sign_SECRETKEYBYTES, '\0');
  crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()),
                      reinterpret_cast<unsigned char*>(sk.data()));
  Statement st(db_,
               "INSERT INTO center_signing_key (id, clave_publica, clave_privada, created_at) "
               "VALUES (1, :pk, :sk, :at)");
  st.bind("pk", to_base64(pk));
  st.bind("sk", to_base64(sk));
  st.bind("at", std::string(now));
  st.execute();
  sodium_memzero(sk.data(), sk.size());
  return true;
}

std::string CenterSigningKey::public_key() { return stored(db_, "clave_publica"); }

std::string CenterSigningKey::sign(std::string_view message) {
  ensure_sodium();
  auto sk = from_base64(stored(db_, "clave_privada"));
  if (!sk || sk->size() != crypto_sign_SECRETKEYBYTES)
    throw std::runtime_error("El centro no tiene una clave de firma válida.");
  std::string sig(crypto_sign_BYTES, '\0');
  crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       reinterpret_cast<const unsigned char*>(sk->data()));
  sodium_memzero(sk->data(), sk->size());
  return to_base64(sig);
}

bool signature_valid(std::string_view public_key, std::string_view message,
                     std::string_view signature) {
  ensure_sodium();
  const auto pk = from_base64(public_key);
  const auto sig = from_base64(signature);
  if (!pk || !sig || pk->size() != crypto_sign_PUBLICKEYBYTES || sig->size() != crypto_sign_BYTES)
    return false;
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig->data()),
                                     reinterpret_cast<const unsigned char*>(message.data()),
                                     message.size(),
                                     reinterpret_cast<const unsigned char*>(pk->data())) == 0;
}

}  // namespace cdmype::store
