// Timestamps come from the database's clock: the server's on a server (here the same machine,
// so it must agree with this PC's to well under a second), this PC's for a file.
#include <gtest/gtest.h>

#include <chrono>

#include "store/clock.hpp"
#include "support/engine_connection.hpp"

namespace cdmype::store {
namespace {

TEST(DatabaseClockTest, StampsAgreeWithTheServersTimeToTheSecond) {
  testing_support::EngineConnection db;
  const Clock clock = database_clock(db.connection());
  const auto ours = std::chrono::system_clock::now();
  const auto theirs = clock();
  EXPECT_LT(std::chrono::abs(theirs - ours), std::chrono::milliseconds(500))
      << iso_utc(theirs) << " / " << iso_utc(ours);
  EXPECT_EQ(iso_utc(theirs).size(), 20u);  // 2026-12-02T10:00:00Z
}

}  // namespace
}  // namespace cdmype::store
