// The two ways of learning about other writers: SQLite's data_version, PostgreSQL's LISTEN.
#include "store/change_feed.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <libpq-fe.h>

#include <poll.h>

#include <chrono>
#include <set>
#include <utility>

namespace cdmype::store {

namespace {

class SqliteChangeFeed final : public ChangeFeed {
 public:
  explicit SqliteChangeFeed(const std::filesystem::path& file)
      : db_(file.string(), SQLite::OPEN_READONLY), version_(read()) {}

  ChangeBatch poll() override {
    ChangeBatch out;
    try {
      const auto now = read();
      out.everything = now != version_;
      version_ = now;
    } catch (const SQLite::Exception&) {
      // Busy or being replaced (a restore): look again at the next tick.
    }
    return out;
  }
  bool listening() const override { return true; }

 private:
  std::int64_t read() {
    SQLite::Statement q(db_, "PRAGMA data_version");
    q.executeStep();
    return q.getColumn(0).getInt64();
  }
  SQLite::Database db_;
  std::int64_t version_;
};

// Never blocks the window's timer: a lost server is dialled again with
// libpq's non-blocking connect (PQconnectStart / PQconnectPoll), one step per
// poll, and no more often than every few seconds.
class PgChangeFeed final : public ChangeFeed {
 public:
  explicit PgChangeFeed(std::string uri) : uri_(std::move(uri)) { start_connecting(); }
  ~PgChangeFeed() override {
    if (conn_) PQfinish(conn_);
  }
  PgChangeFeed(const PgChangeFeed&) = delete;
  PgChangeFeed& operator=(const PgChangeFeed&) = delete;

  ChangeBatch poll() override {
    ChangeBatch out;
    if (state_ == State::Listening &&
        (PQstatus(conn_) != CONNECTION_OK || PQconsumeInput(conn_) == 0)) {
      state_ = State::Down;
      retry_at_ = Clock::now();
    }
    if (state_ != State::Listening) {
      if (!advance_connection()) {
        out.server_lost = state_ == State::Down || was_lost_;
        return out;
      }
      // Listening now: what was saved before (while the window loaded, or
      // while the server was away) sent notices nobody heard; refresh all.
      out.everything = true;
      was_lost_ = false;
    }
    std::set<std::pair<std::string, std::string>> seen;
    while (PGnotify* n = PQnotifies(conn_)) {
      const std::string payload = n->extra ? n->extra : "";
      PQfreemem(n);
      if (payload == "*") {  // a restore replaced the whole center
        out.everything = true;
        continue;
      }
      const auto colon = payload.find(':');
      RecordChange c{payload.substr(0, colon),
                     colon == std::string::npos ? "" : payload.substr(colon + 1)};
      if (seen.emplace(c.table, c.key).second) out.changes.push_back(std::move(c));
    }
    return out;
  }
  bool listening() const override { return state_ == State::Listening; }

 private:
  using Clock = std::chrono::steady_clock;
  enum class State { Connecting, Listening, Down };
  static constexpr auto kRetryEvery = std::chrono::seconds(3);

  void start_connecting() {
    if (conn_) PQfinish(conn_);
    const char* keys[] = {"fallback_application_name", "connect_timeout", "dbname", nullptr};
    const char* values[] = {"CDMYPE Desk (avisos)", "5", uri_.c_str(), nullptr};
    conn_ = PQconnectStartParams(keys, values, 1);
    // The server's notices (a shutdown's FATAL) are not for the person's terminal.
    if (conn_) PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
    state_ = (conn_ && PQstatus(conn_) != CONNECTION_BAD) ? State::Connecting : State::Down;
    if (state_ == State::Down) fail();
  }

  void fail() {
    state_ = State::Down;
    was_lost_ = true;
    retry_at_ = Clock::now() + kRetryEvery;
  }

  // Connection steps for at most ~50 ms (a LAN answers each in far less), so
  // the window's timer is never held; true once listening.
  bool advance_connection() {
    if (state_ == State::Down) {
      if (Clock::now() < retry_at_) return false;
      was_lost_ = true;
      start_connecting();
      if (state_ == State::Down) return false;
    }
    for (int step = 0;; ++step) {
      const auto status = PQconnectPoll(conn_);
      if (status == PGRES_POLLING_OK) break;
      if (status == PGRES_POLLING_FAILED) {
        fail();
        return false;
      }
      if (step >= 5) return false;  // the rest at the next tick
      pollfd fd{PQsocket(conn_), static_cast<short>(status == PGRES_POLLING_READING ? POLLIN : POLLOUT),
                0};
      ::poll(&fd, 1, 10);
    }
    PGresult* r = PQexec(conn_, "LISTEN cdmype");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
      fail();
      return false;
    }
    PQsetnonblocking(conn_, 1);
    state_ = State::Listening;
    return true;
  }

  std::string uri_;
  PGconn* conn_ = nullptr;
  State state_ = State::Down;
  bool was_lost_ = false;
  Clock::time_point retry_at_ = Clock::now();
};

}  // namespace

std::unique_ptr<ChangeFeed> open_change_feed(const DataSource& source) {
  if (source.is_file()) return std::make_unique<SqliteChangeFeed>(source.file());
  return std::make_unique<PgChangeFeed>(source.uri());
}

}  // namespace cdmype::store
