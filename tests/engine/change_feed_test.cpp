// Another seat's change reaches this window's feed: ids from PostgreSQL, "everything" from SQLite.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store/change_feed.hpp"
#include "store/write_transaction.hpp"
#include "support/engine_connection.hpp"

namespace cdmype::store {
namespace {

using testing_support::EngineConnection;

// Polls as the desktop's timer does until `done` holds (or gives up after 20 s).
template <class Done>
ChangeBatch poll_until(ChangeFeed& feed, Done done) {
  ChangeBatch all;
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < give_up) {
    auto b = feed.poll();
    all.everything = all.everything || b.everything;
    all.server_lost = b.server_lost;
    for (auto& c : b.changes) all.changes.push_back(std::move(c));
    if (done(all)) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return all;
}

TEST(ChangeFeedTest, AnotherConnectionsCommitIsSeen) {
  EngineConnection db;
  db.connection().execute_script("CREATE TABLE t (id BIGINT PRIMARY KEY)");
  auto feed = open_change_feed(db.source());
  // Until the feed listens, a notice could pass unseen (it connects without blocking).
  (void)poll_until(*feed, [&](const ChangeBatch&) { return feed->listening(); });
  ASSERT_TRUE(feed->listening());
  const auto quiet = feed->poll();  // nobody wrote yet
  EXPECT_FALSE(quiet.everything);
  EXPECT_TRUE(quiet.changes.empty());
  auto other = db.open_second();
  {
    WriteTransaction tx(*other);
    other->execute_script("INSERT INTO t (id) VALUES (7)");
    if (other->engine() == Engine::PostgreSQL)
      other->execute_script("NOTIFY cdmype, 'enterprise:7'; NOTIFY cdmype, 'enterprise:7'");
    tx.commit();
  }
  const auto got = poll_until(*feed, [](const ChangeBatch& b) {
    return b.everything || !b.changes.empty();
  });
  if (db.connection().engine() == Engine::PostgreSQL) {
    ASSERT_EQ(got.changes.size(), 1u);  // the two notices of one key fold into one
    EXPECT_EQ(got.changes[0].table, "enterprise");
    EXPECT_EQ(got.changes[0].key, "7");
  } else {
    EXPECT_TRUE(got.everything);
  }
  EXPECT_FALSE(got.server_lost);
}

// A restore on the server replaces every record at once and says so with one
// "*" notice: every seat reloads all it shows.
TEST(ChangeFeedTest, ARestoreOnTheServerAsksEverySeatToReloadEverything) {
  EngineConnection db;
  if (db.connection().engine() != Engine::PostgreSQL)
    GTEST_SKIP() << "En un archivo, cualquier cambio ajeno ya pide recargar todo.";
  auto feed = open_change_feed(db.source());
  (void)poll_until(*feed, [&](const ChangeBatch&) { return feed->listening(); });
  ASSERT_TRUE(feed->listening());
  (void)feed->poll();
  EXPECT_FALSE(feed->poll().everything);
  db.open_second()->execute_script("SELECT pg_notify('cdmype', '*')");
  const auto got = poll_until(*feed, [](const ChangeBatch& b) { return b.everything; });
  EXPECT_TRUE(got.everything);
  EXPECT_TRUE(got.changes.empty());
}

}  // namespace
}  // namespace cdmype::store
