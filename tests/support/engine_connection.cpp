// The test run's engine: an SQLite file in a temp folder, or a scratch database on the test server.
#include "support/engine_connection.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <stdexcept>

#include "store/postgresql/pg_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace cdmype::testing_support {

namespace {

std::string pg_host() {
  const char* h = std::getenv("CDMYPE_TEST_PGHOST");
  if (!h || !*h)
    throw std::runtime_error("CDMYPE_TEST_PGHOST no indica el servidor PostgreSQL de prueba");
  return h;
}

std::string uri_of(const std::string& db) {
  return "postgresql:///" + db + "?host=" + pg_host() + "&user=cdmype";
}

void admin_exec(const std::string& sql) {
  PGconn* c = PQconnectdb(uri_of("postgres").c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    const std::string why = PQerrorMessage(c);
    PQfinish(c);
    throw std::runtime_error("servidor de prueba: " + why);
  }
  PGresult* r = PQexec(c, sql.c_str());
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  const std::string why = PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(c);
  if (!ok) throw std::runtime_error("servidor de prueba: " + why);
}

}  // namespace

bool testing_on_postgresql() {
  const char* e = std::getenv("CDMYPE_TEST_ENGINE");
  return e && std::string(e) == "postgresql";
}

EngineConnection::EngineConnection() : dir_("cdmype-motor") {
  if (testing_on_postgresql()) {
    static std::atomic<int> counter{0};
    scratch_name_ = "prueba_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    admin_exec("CREATE DATABASE " + *scratch_name_);
    source_ = uri_of(*scratch_name_);
    connection_ = std::make_unique<store::PgConnection>(source_);
  } else {
    source_ = (dir_.path() / "prueba.db").string();
    connection_ = std::make_unique<store::SqliteConnection>(source_, true);
    // As the program opens every file (store/database.cpp): readers see a snapshot, writers wait.
    connection_->execute_script("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000");
  }
}

EngineConnection::~EngineConnection() {
  connection_.reset();
  if (scratch_name_) {
    try {
      admin_exec("DROP DATABASE IF EXISTS " + *scratch_name_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
}

std::unique_ptr<store::Connection> EngineConnection::open_second() {
  if (scratch_name_) return std::make_unique<store::PgConnection>(source_);
  auto c = std::make_unique<store::SqliteConnection>(source_);
  c->execute_script("PRAGMA busy_timeout = 5000");
  return c;
}

const char* EngineConnection::blob_type() const { return scratch_name_ ? "BYTEA" : "BLOB"; }

}  // namespace cdmype::testing_support
