// The test run's engine: an SQLite file in a temp folder, or a scratch database on the test server.
#include "support/engine_connection.hpp"

#include "store/postgresql/pg_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace cdmype::testing_support {

EngineConnection::EngineConnection() : dir_("cdmype-motor") {
  if (testing_on_postgresql()) {
    scratch_.emplace();
    source_ = scratch_->uri();
    connection_ = std::make_unique<store::PgConnection>(source_);
  } else {
    source_ = (dir_.path() / "prueba.db").string();
    connection_ = std::make_unique<store::SqliteConnection>(source_, true);
    // As the program opens every file (store/sqlite): readers see a snapshot, writers wait.
    connection_->execute_script("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000");
  }
}

EngineConnection::~EngineConnection() { connection_.reset(); }

std::unique_ptr<store::Connection> EngineConnection::open_second() {
  if (scratch_) return std::make_unique<store::PgConnection>(source_);
  auto c = std::make_unique<store::SqliteConnection>(source_);
  c->execute_script("PRAGMA busy_timeout = 5000");
  return c;
}

const char* EngineConnection::blob_type() const { return scratch_ ? "BYTEA" : "BLOB"; }

}  // namespace cdmype::testing_support
