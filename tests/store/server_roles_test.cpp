// On the center's server the program applies the roles' privileges when it migrates: a seat's
// own login can write case data but never rewrite or empty the audit log.
#include <gtest/gtest.h>

#include <stdlib.h>

#include <filesystem>

#include "core/errors.hpp"
#include "services/workspace.hpp"
#include "store/center_copy.hpp"
#include "store/database.hpp"
#include "store/postgresql/pg_connection.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::testing_support {
namespace {

// The roles installer/server/setup-server.sh makes, on the throwaway test server
// (cluster-wide; made once, whichever test process comes first).
void ensure_server_roles(store::Connection& admin) {
  admin.execute_script(
      "DO $$ BEGIN "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cdmype_puestos') THEN "
      "CREATE ROLE cdmype_puestos NOLOGIN; END IF; "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'puesto_prueba') THEN "
      "CREATE ROLE puesto_prueba LOGIN IN ROLE cdmype_puestos; END IF; "
      "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
}

TEST(ServerRolesTest, ASeatLoginWritesCaseDataButCannotRewriteTheAuditLog) {
  if (!testing_on_postgresql()) GTEST_SKIP() << "Los roles existen solo en el servidor.";
  ScratchPostgresDatabase db;
  {
    store::PgConnection admin(db.uri());
    ensure_server_roles(admin);
  }
  {
    auto ws = services::Workspace::create(store::DataSource::parse(db.uri()));  // migrates, grants
  }
  const std::string seat_uri =
      "postgresql:///" + db.name() + "?host=" + test_postgresql_host() + "&user=puesto_prueba";
  store::PgConnection seat(seat_uri);
  {
    store::WriteTransaction tx(seat);
    seat.execute_script(
        "INSERT INTO audit_log (at, username, operation, table_name, record_id) "
        "VALUES ('2026-12-02T10:00:00Z', 'puesto', 'insert', 'setting', 0)");
    seat.execute_script("UPDATE setting SET value = value WHERE key = 'prioridad_peso_mujer'");
    tx.commit();
  }
  for (const char* forbidden :
       {"UPDATE audit_log SET username = 'nadie'", "DELETE FROM audit_log", "TRUNCATE audit_log",
        "DELETE FROM schema_version", "CREATE TABLE intrusa (id BIGINT)"}) {
    try {
      seat.execute_script(forbidden);
      ADD_FAILURE() << "el puesto pudo: " << forbidden;
    } catch (const store::DbError& e) {
      EXPECT_EQ(e.kind(), store::DbErrorKind::ReadOnly) << forbidden << ": " << e.engine_code();
    }
  }
}

// Restoring replaces the audit log, so only the database's owner may do it: a
// seat's login is refused in Spanish before anything changes.
TEST(ServerRolesTest, ASeatLoginCannotRestoreACopyOverTheCenter) {
  if (!testing_on_postgresql()) GTEST_SKIP() << "Los roles existen solo en el servidor.";
  ScratchPostgresDatabase db;
  {
    store::PgConnection admin(db.uri());
    ensure_server_roles(admin);
  }
  { auto ws = services::Workspace::create(store::DataSource::parse(db.uri())); }
  char dir[] = "/tmp/cdmype-roles-XXXXXX";
  ASSERT_NE(::mkdtemp(dir), nullptr);
  const std::filesystem::path file = std::filesystem::path(dir) / "copia-peña.db";
  {
    store::Database copy(file, store::OpenMode::CreateIfMissing);
    store::PgConnection seat("postgresql:///" + db.name() + "?host=" + test_postgresql_host() +
                             "&user=puesto_prueba");
    const auto distritos = store::query_int64(seat, "SELECT COUNT(*) FROM distrito");
    try {
      store::replace_center(copy.connection(), seat, {});
      ADD_FAILURE() << "un puesto pudo restaurar";
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find("cuenta propietaria"), std::string::npos) << e.what();
    }
    EXPECT_EQ(store::query_int64(seat, "SELECT COUNT(*) FROM distrito"), distritos);
    EXPECT_GT(distritos.value_or(0), 0);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace cdmype::testing_support
