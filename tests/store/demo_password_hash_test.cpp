// Demonstration accounts' hashes: cheap to make, each with its own salt, and upgraded at sign-in.
#include <gtest/gtest.h>

#include "store/password_hash.hpp"

namespace cdmype::store {
namespace {

TEST(DemoPasswordHash, VerifiesHasItsOwnSaltAndIsMarkedForRehash) {
  const std::string a = hash_demo_password("demo-cdmype-2026");
  const std::string b = hash_demo_password("demo-cdmype-2026");
  EXPECT_NE(a, b);  // own salt per account
  EXPECT_TRUE(verify_password(a, "demo-cdmype-2026"));
  EXPECT_FALSE(verify_password(a, "demo-cdmype-2027"));
  EXPECT_TRUE(password_needs_rehash(a));  // sign-in replaces it at the normal cost
  EXPECT_FALSE(password_needs_rehash(hash_password("Contraseña de Peña 2026")));
}

}  // namespace
}  // namespace cdmype::store
