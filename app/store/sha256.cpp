// sha256_hex over libsodium's crypto_hash_sha256.
#include "store/sha256.hpp"

#include <sodium.h>

#include <stdexcept>

namespace cdmype::store {

std::string sha256_hex(std::span<const unsigned char> bytes) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium no se pudo inicializar");
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, bytes.data(), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

}  // namespace cdmype::store
