// A writer that finds the database held longer than busy_timeout (5 s) keeps waiting instead of
// telling the person "ocupada" (issue 8: "database is locked" never reaches a user). Regression
// for the two-writer test failing under AddressSanitizer on a loaded machine.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store/database.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using WriteWaitTest = StoreTest;

TEST_F(WriteWaitTest, AWriteLockHeldLongerThanBusyTimeoutIsWaitedFor) {
  ws.reset();
  store::Database waiting(db_path);
  const auto hold = std::chrono::milliseconds(store::Database::kBusyTimeoutMs + 2000);
  std::thread holder([&] {
    store::Database other(db_path);
    store::WriteTransaction tx(other);
    other.connection().exec("UPDATE app_user SET full_name = 'Rosa Peña' WHERE username = 'admin'");
    std::this_thread::sleep_for(hold);
    tx.commit();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the holder has the lock
  const auto start = std::chrono::steady_clock::now();
  try {
    store::WriteTransaction tx(waiting);
    waiting.connection().exec(
        "UPDATE app_user SET full_name = 'María Niño' WHERE username = 'admin'");
    tx.commit();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "la espera llegó a la persona: " << e.what();
  }
  holder.join();
  EXPECT_GE(std::chrono::steady_clock::now() - start, hold - std::chrono::milliseconds(500));
  SQLite::Statement q(waiting.connection(),
                      "SELECT full_name FROM app_user WHERE username = 'admin'");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "María Niño");  // the later write, not lost
}

}  // namespace
}  // namespace cdmype::testing_support
