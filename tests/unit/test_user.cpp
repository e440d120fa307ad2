// Usernames and passwords: lengths counted in characters, allowed username letters.
#include <gtest/gtest.h>

#include "core/user.hpp"

namespace cdmype {
namespace {

TEST(UserRules, PasswordNeedsTenCharactersCountedAsLettersNotBytes) {
  EXPECT_EQ(password_problem("contraseña"), "");  // 10 letters, 11 bytes
  EXPECT_EQ(password_problem("contrasen"),
            "La contraseña debe tener al menos 10 caracteres (tiene 9).");
  // 9 letters in 18 bytes: still too short.
  EXPECT_EQ(password_problem("ñññññññññ"),
            "La contraseña debe tener al menos 10 caracteres (tiene 9).");
  EXPECT_NE(password_problem(""), "");
}

TEST(UserRules, UsernameIsThreeToThirtyTwoLowercaseAsciiCharacters) {
  EXPECT_EQ(username_problem("ana"), "");
  EXPECT_EQ(username_problem("maria.pena_2-b"), "");
  EXPECT_EQ(username_problem(std::string(32, 'a')), "");
  EXPECT_NE(username_problem("ab"), "");
  EXPECT_NE(username_problem(std::string(33, 'a')), "");
  EXPECT_NE(username_problem("María"), "");
  EXPECT_NE(username_problem("peña"), "");
  EXPECT_NE(username_problem("ana lopez"), "");
}

}  // namespace
}  // namespace cdmype
