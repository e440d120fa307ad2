// Accounts and sign-in: Argon2id hashes, wrong password, disabled accounts, lockout, rehash.
#include <gtest/gtest.h>
#include <sodium.h>

#include <cstring>

#include "core/errors.hpp"
#include "store/password_hash.hpp"
#include "store/sql/statement.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using AuthTest = StoreTest;

std::string sign_in_error(services::Workspace& ws, const std::string& user, const std::string& pw) {
  try {
    ws.auth().sign_in(user, pw);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

std::string stored_hash(store::Connection& db, const std::string& user) {
  store::Statement q(db, "SELECT password_hash FROM app_user WHERE username = :username");
  q.bind("username", user);
  q.step();
  return q.text("password_hash");
}

TEST_F(AuthTest, PasswordsAreStoredAsArgon2idHashes) {
  const std::string hash = stored_hash(sql(), "asesor1");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_EQ(hash.find(kPassword), std::string::npos);
  EXPECT_NE(hash, stored_hash(sql(), "asesor2"));  // salted
}

TEST_F(AuthTest, SignInReturnsTheActorWithItsRole) {
  const Actor a = ws->auth().sign_in("directora", kPassword);
  EXPECT_EQ(a.user_id, directora.user_id);
  EXPECT_EQ(a.username, "directora");
  EXPECT_EQ(a.role, Role::Director);
}

TEST_F(AuthTest, WrongPasswordAndUnknownUserGetTheSameMessage) {
  EXPECT_EQ(sign_in_error(*ws, "asesor1", "no-es-la-clave"), "Usuario o contraseña incorrectos.");
  EXPECT_EQ(sign_in_error(*ws, "nadie", kPassword), "Usuario o contraseña incorrectos.");
}

TEST_F(AuthTest, DisabledAccountIsRefused) {
  ws->users().disable(admin, "asesor2");
  EXPECT_EQ(sign_in_error(*ws, "asesor2", kPassword), "La cuenta «asesor2» está desactivada.");
  ws->users().enable(admin, "asesor2");
  EXPECT_NO_THROW(ws->auth().sign_in("asesor2", kPassword));
}

TEST_F(AuthTest, FiveFailuresLockTheAccountForOneMinute) {
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(sign_in_error(*ws, "asesor1", "mala-clave-123"), "Usuario o contraseña incorrectos.");
  EXPECT_NE(sign_in_error(*ws, "asesor1", "mala-clave-123").find("queda bloqueada por un minuto"),
            std::string::npos);
  // Even the right password waits out the lock.
  EXPECT_NE(sign_in_error(*ws, "asesor1", kPassword).find("está bloqueada"), std::string::npos);
  clock.advance(std::chrono::seconds(30));
  EXPECT_NE(sign_in_error(*ws, "asesor1", kPassword).find("está bloqueada"), std::string::npos);
  clock.advance(std::chrono::seconds(31));
  EXPECT_NO_THROW(ws->auth().sign_in("asesor1", kPassword));
  EXPECT_EQ(store::query_int64(sql(),
                               "SELECT failed_attempts FROM app_user "
                               "WHERE username = 'asesor1'"),
            0);
  EXPECT_EQ(store::query_int64(sql(),
                               "SELECT CASE WHEN locked_until IS NULL THEN 1 ELSE 0 END "
                               "AS unlocked FROM app_user WHERE username = 'asesor1'"),
            1);
}

TEST_F(AuthTest, SuccessResetsTheFailureCount) {
  for (int i = 0; i < 4; ++i) sign_in_error(*ws, "asesor1", "mala-clave-123");
  ws->auth().sign_in("asesor1", kPassword);
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(sign_in_error(*ws, "asesor1", "mala-clave-123"), "Usuario o contraseña incorrectos.");
}

TEST_F(AuthTest, OldHashIsUpgradedAtSignIn) {
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(
      crypto_pwhash_str_alg(weak, kPassword, std::strlen(kPassword), crypto_pwhash_OPSLIMIT_MIN,
                            crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
      0);
  {
    store::Statement up(sql(),
                        "UPDATE app_user SET password_hash = :hash WHERE username = 'asesor2'");
    up.bind("hash", std::string_view(weak));
    up.execute();
  }
  EXPECT_TRUE(store::password_needs_rehash(weak));
  ws->auth().sign_in("asesor2", kPassword);
  const std::string upgraded = stored_hash(sql(), "asesor2");
  EXPECT_NE(upgraded, weak);
  EXPECT_FALSE(store::password_needs_rehash(upgraded));
  EXPECT_TRUE(store::verify_password(upgraded, kPassword));
}

TEST_F(AuthTest, ChangeOwnPasswordNeedsTheCurrentOne) {
  EXPECT_THROW(ws->auth().change_own_password(asesor1, "equivocada-123", "nueva-clave-2026"),
               UserError);
  // Services refuse only an empty password; the length policy is the front ends' (core/user.hpp).
  EXPECT_THROW(ws->auth().change_own_password(asesor1, kPassword, ""), ValidationFailed);
  ws->auth().change_own_password(asesor1, kPassword, "nueva-clave-2026");
  EXPECT_NO_THROW(ws->auth().sign_in("asesor1", "nueva-clave-2026"));
  EXPECT_EQ(sign_in_error(*ws, "asesor1", kPassword), "Usuario o contraseña incorrectos.");
}

TEST_F(AuthTest, UserManagementNeedsManageUsersAndKeepsOneAdmin) {
  EXPECT_THROW(
      ws->users().add(directora, {"nuevo", "Nuevo Asesor", Role::Asesor, kPassword, false}),
      PermissionDenied);
  EXPECT_THROW(ws->users().list(asesor1), PermissionDenied);
  EXPECT_THROW(ws->users().disable(admin, "admin"), UserError);
  EXPECT_THROW(ws->users().add(admin, {"asesor1", "Duplicado", Role::Asesor, kPassword, false}),
               UserError);
  const auto u = ws->users().add(admin, {"asesor3", "Óscar Núñez", Role::Asesor, kPassword, false});
  EXPECT_EQ(u.full_name, "Óscar Núñez");
  EXPECT_EQ(ws->users().list(admin).size(), 6u);
  const auto advisors = ws->users().advisors(directora);
  EXPECT_EQ(advisors.size(), 4u);  // directora, asesor1, asesor2, asesor3
}

}  // namespace
}  // namespace cdmype::testing_support
