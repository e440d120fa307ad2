// Argon2id password hashes via libsodium (crypto_pwhash_str, INTERACTIVE limits).
#pragma once
#include <string>
#include <string_view>

namespace cdmype::store {

// "$argon2id$v=19$m=65536,t=2,p=1$…"; salt is random, so equal passwords differ.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view hash, std::string_view password);
// True when the hash was made with other parameters than today's (upgrade at sign-in).
bool password_needs_rehash(std::string_view hash);

}  // namespace cdmype::store
