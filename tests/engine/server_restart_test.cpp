// The center's server restarting in the middle of work (a crash, a power cut): a seat's open
// transaction is lost as a whole and said so, a commit whose outcome is unknown is reported as
// unknown, and the next piece of work reconnects by itself.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <functional>
#include <thread>

#include "store/change_feed.hpp"
#include "store/postgresql/pg_connection.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::store {
namespace {

// A server of this test's own (the suite's is shared and must not restart).
class PrivateServer {
 public:
  PrivateServer() : dir_("/tmp/cdmype-pgr-" + std::to_string(getpid())) { script("start"); }
  ~PrivateServer() { script("stop"); }
  void restart() { script("restart"); }
  void halt() { script("halt"); }
  void resume() { script("resume"); }
  std::string uri(const std::string& db) const {
    return "postgresql:///" + db + "?host=" + dir_ + "&user=cdmype";
  }

 private:
  void script(const char* action) {
    const std::string command = std::string("bash ") + CDMYPE_SOURCE_DIR +
                                "/tests/postgresql/test_server.sh " + action + " " + dir_ +
                                " >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0 && std::string(action) != "stop")
      throw std::runtime_error(std::string("test_server.sh ") + action + " falló");
  }
  std::string dir_;
};

DbErrorKind kind_of_failure(const std::function<void()>& work) {
  try {
    work();
  } catch (const DatabaseProblem& e) {
    return e.kind();
  } catch (const DbError& e) {
    return e.kind();
  }
  return DbErrorKind::Other;
}

TEST(ServerRestartTest, WorkInFlightIsLostWholeUnknownCommitsSaySoAndSeatsReconnect) {
  if (!testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Trata del servidor del centro (pasada pg.).";
  PrivateServer server;
  { PgConnection(server.uri("postgres")).execute_script("CREATE DATABASE reinicio"); }
  PgConnection seat(server.uri("reinicio"));
  seat.execute_script("CREATE TABLE sesion (id BIGINT PRIMARY KEY, tema TEXT)");

  // A transaction under way when the server goes: the next statement says the
  // connection was lost, and nothing of it was kept.
  seat.begin_write();
  seat.execute_script("INSERT INTO sesion VALUES (1, 'Costos de Peña')");
  server.restart();
  EXPECT_EQ(kind_of_failure([&] { seat.execute_script("INSERT INTO sesion VALUES (2, 'Niño')"); }),
            DbErrorKind::ConnectionLost);
  seat.rollback();
  // The next read dials again by itself.
  EXPECT_EQ(query_int64(seat, "SELECT COUNT(*) FROM sesion"), 0);

  // The server goes after the last statement, before COMMIT answers: the
  // outcome is unknown and said so, never silently retried.
  {
    WriteTransaction tx(seat);
    seat.execute_script("INSERT INTO sesion VALUES (3, 'Ñandú')");
    server.restart();
    EXPECT_EQ(kind_of_failure([&] { tx.commit(); }), DbErrorKind::CommitUnknown);
  }
  EXPECT_EQ(query_int64(seat, "SELECT COUNT(*) FROM sesion"), 0);  // a crash keeps no half

  // Work goes on once the server is back.
  {
    WriteTransaction tx(seat);
    seat.execute_script("INSERT INTO sesion VALUES (4, 'Citalá')");
    tx.commit();
  }
  EXPECT_EQ(query_int64(seat, "SELECT COUNT(*) FROM sesion"), 1);
}

TEST(ServerRestartTest, ASeatKilledInsideATransactionLeavesNothingAndNoLockBehind) {
  if (!testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Trata del servidor del centro (pasada pg.).";
  testing_support::ScratchPostgresDatabase db;
  PgConnection seat(db.uri());
  seat.execute_script("CREATE TABLE sesion (id BIGINT PRIMARY KEY)");
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {  // another PC: takes the write lock, writes, and dies (power cut, kill -9)
    PgConnection dying(db.uri());
    dying.begin_write();
    dying.execute_script("INSERT INTO sesion VALUES (1)");
    raise(SIGKILL);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  // The server rolled it back and freed the write lock at once (not after the 30 s wait).
  const auto started = std::chrono::steady_clock::now();
  {
    WriteTransaction tx(seat);
    seat.execute_script("INSERT INTO sesion VALUES (2)");
    tx.commit();
  }
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  EXPECT_EQ(query_int64(seat, "SELECT COUNT(*) FROM sesion"), 1);
  EXPECT_EQ(query_int64(seat, "SELECT MIN(id) FROM sesion"), 2);
}

// A window's feed while the server is out of reach (a network cut): it says
// so at once, keeps trying without blocking, and asks for a full refresh when
// the server is back.
TEST(ServerRestartTest, AWindowsFeedSaysTheServerIsLostAndRecoversWhenItIsBack) {
  if (!testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Trata del servidor del centro (pasada pg.).";
  PrivateServer server;
  auto feed = open_change_feed(DataSource::parse(server.uri("postgres")));
  auto poll_until = [&](const std::function<bool(const ChangeBatch&)>& done) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < give_up) {
      const auto started = std::chrono::steady_clock::now();
      const auto b = feed->poll();
      // Never holds the window's timer: each poll returns within a tenth of a second.
      EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(100));
      if (done(b)) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  };
  ASSERT_TRUE(poll_until([&](const ChangeBatch&) { return feed->listening(); }));
  server.halt();
  EXPECT_TRUE(poll_until([](const ChangeBatch& b) { return b.server_lost; }));
  server.resume();
  EXPECT_TRUE(poll_until([&](const ChangeBatch& b) { return feed->listening() && b.everything; }));
}

}  // namespace
}  // namespace cdmype::store
