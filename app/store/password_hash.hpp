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
// Only for generated demonstration accounts, whose password is printed for
// everyone: Argon2id at libsodium's minimum cost, still with its own salt.
// Sign-in re-hashes it at the normal cost (password_needs_rehash).
std::string hash_demo_password(std::string_view password);

}  // namespace cdmype::store
