// A seat that waits too long for another seat's write lock is told which seat holds it (its
// login, program and PC), and the lock is its own again once that seat is done.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "core/errors.hpp"
#include "store/postgresql/pg_connection.hpp"
#include "store/sql/statement.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::store {
namespace {

std::string host_name() {
  char name[256] = {};
  return gethostname(name, sizeof name - 1) == 0 ? name : "?";
}

TEST(WriteLockWaitTest, ASeatWaitingTooLongIsToldWhichSeatHoldsTheLock) {
  if (!testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Trata del servidor del centro (pasada pg.).";
  testing_support::ScratchPostgresDatabase db;
  PgConnection holder(db.uri());
  PgConnection waiting(db.uri());
  waiting.set_write_lock_timeout_ms(1000);
  holder.begin_write();
  std::string message;
  const auto started = std::chrono::steady_clock::now();
  try {
    waiting.begin_write();
    ADD_FAILURE() << "entró mientras otro puesto tenía el candado de escritura";
    waiting.rollback();
  } catch (const UserError& e) {
    message = e.what();
  }
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(900));
  Statement login(holder, "SELECT current_user AS login");
  ASSERT_TRUE(login.step());
  EXPECT_EQ(message,
            "La base de datos del centro lleva más de 1 segundo ocupada guardando el trabajo de «" +
                login.text("login") + "» (CDMYPE Desk (" + host_name() +
                ")); espere un momento e intente de nuevo.")
      << message;
  EXPECT_FALSE(waiting.in_transaction());
  holder.rollback();
  waiting.begin_write();  // free again: at once
  waiting.rollback();
}

}  // namespace
}  // namespace cdmype::store
