// The center's Ed25519 key pair (table center_signing_key, 0021): made once, at `init` or the first
// time a package is signed; the private half is read only to sign, inside this class.
#pragma once
#include <string>
#include <string_view>

#include "store/sql/statement.hpp"

namespace cdmype::store {

class CenterSigningKey {
 public:
  explicit CenterSigningKey(Connection& db) : db_(db) {}

  // Makes the pair if the center has none (inside the caller's transaction); true when made.
  bool ensure(std::string_view now);
  // Base64 of the 32-byte public key; "" when none was made yet.
  std::string public_key();
  // Base64 of the detached signature of `message`. The pair must exist.
  std::string sign(std::string_view message);

 private:
  Connection& db_;
};

// Whether `signature` (base64) is the key's (base64) signature of `message`.
bool signature_valid(std::string_view public_key, std::string_view message,
                     std::string_view signature);

}  // namespace cdmype::store
