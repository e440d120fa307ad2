// Opening databases: migrations, pragmas, refusals (newer, foreign, not SQLite), upgrades, 0600.
#include "store/database.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <fstream>

#include "core/errors.hpp"
#include "store/clock.hpp"
#include "store/migrations.hpp"
#include "store/sql/statement.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

std::string pragma_text(SQLite::Database& db, const char* pragma) {
  SQLite::Statement q(db, std::string("PRAGMA ") + pragma);
  q.executeStep();
  return q.getColumn(0).getString();
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

TEST(Database, MigratesAnEmptyFileToTheLatestSchemaWithDistritos) {
  TempDir dir;
  store::Database db(dir / "nuevo.db", store::OpenMode::CreateIfMissing);
  EXPECT_TRUE(db.created());
  EXPECT_EQ(db.schema_version(), store::latest_schema_version());
  store::Statement q(db.connection(),
                     "SELECT version, name, applied_at FROM schema_version ORDER BY version");
  int expected = 1;
  while (q.step()) {
    EXPECT_EQ(q.int64("version"), expected++);
    EXPECT_FALSE(q.text("name").empty());
    EXPECT_TRUE(store::parse_iso_utc(q.text("applied_at")).has_value());
  }
  EXPECT_EQ(expected - 1, store::latest_schema_version());
  store::Statement d(db.connection(),
                     "SELECT COUNT(*) AS n, SUM(CASE WHEN nombre = 'Citalá' THEN 1 ELSE 0 END) "
                     "AS citala, MAX(id) AS last_id FROM distrito");
  ASSERT_TRUE(d.step());
  EXPECT_EQ(d.int64("n"), 262);
  EXPECT_EQ(d.int64("citala"), 1);
  EXPECT_EQ(d.int64("last_id"), 262);  // ids are the catalog's line numbers
}

TEST(Database, SetsPragmasOnEveryOpen) {
  TempDir dir;
  { store::Database first(dir / "c.db", store::OpenMode::CreateIfMissing); }
  store::Database db(dir / "c.db");
  EXPECT_EQ(pragma_text(db.sqlite(), "journal_mode"), "wal");
  EXPECT_EQ(pragma_text(db.sqlite(), "foreign_keys"), "1");
  EXPECT_EQ(pragma_text(db.sqlite(), "synchronous"), "2");  // FULL
  EXPECT_EQ(pragma_text(db.sqlite(), "busy_timeout"), "5000");
}

TEST(Database, NewFileAndItsCompanionsAreOwnerOnly) {
  TempDir dir;
  store::Database db(dir / "privado.db", store::OpenMode::CreateIfMissing);
  EXPECT_EQ(file_mode(dir / "privado.db"), 0600);
  for (const char* suffix : {"-wal", "-shm"}) {
    if (fs::exists(dir / (std::string("privado.db") + suffix))) {
      EXPECT_EQ(file_mode(dir / (std::string("privado.db") + suffix)), 0600) << suffix;
    }
  }
}

TEST(Database, ReopeningIsIdempotent) {
  TempDir dir;
  { store::Database a(dir / "c.db", store::OpenMode::CreateIfMissing); }
  store::Database b(dir / "c.db");
  EXPECT_FALSE(b.created());
  EXPECT_EQ(store::query_int64(b.connection(), "SELECT COUNT(*) AS n FROM distrito"), 262);
  EXPECT_EQ(store::query_int64(b.connection(), "SELECT COUNT(*) AS n FROM schema_version"),
            store::latest_schema_version());
}

TEST(Database, RefusesASchemaNewerThanTheProgram) {
  TempDir dir;
  {
    store::Database db(dir / "futuro.db", store::OpenMode::CreateIfMissing);
    store::Statement(db.connection(),
                     "INSERT INTO schema_version (version, name, applied_at) "
                     "VALUES (999, '0999_futuro.sql', '2030-01-01T00:00:00Z')")
        .execute();
  }
  const std::string msg = message_of([&] { store::Database db(dir / "futuro.db"); });
  EXPECT_EQ(msg,
            "Esta base de datos fue creada por una versión más nueva de CDMYPE Desk "
            "(esquema 999); este programa conoce hasta " +
                std::to_string(store::latest_schema_version()) + ". Actualice el programa.");
}

TEST(Database, RefusesAFileThatIsNotSqliteAndLeavesItUntouched) {
  TempDir dir;
  const auto path = dir / "informe.pdf";
  std::ofstream(path) << "%PDF-1.4 esto no es una base de datos, pero es bastante largo para "
                         "parecer un archivo de verdad con su propio encabezado.";
  const auto size = fs::file_size(path);
  const std::string msg = message_of([&] { store::Database db(path); });
  EXPECT_NE(msg.find("no es una base de datos de CDMYPE Desk"), std::string::npos) << msg;
  EXPECT_EQ(fs::file_size(path), size);
}

TEST(Database, RefusesAnotherProgramsSqliteDatabase) {
  TempDir dir;
  const auto path = dir / "otro.db";
  {
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT)");
  }
  const std::string msg = message_of([&] { store::Database db(path); });
  EXPECT_NE(msg.find("de otro programa"), std::string::npos) << msg;
  SQLite::Database other(path.string());
  EXPECT_EQ(pragma_text(other, "journal_mode"), "delete");  // we did not switch it to WAL
}

TEST(Database, RefusesAMissingFileUnlessAskedToCreate) {
  TempDir dir;
  const std::string msg = message_of([&] { store::Database db(dir / "no-existe.db"); });
  EXPECT_NE(msg.find("No existe la base de datos"), std::string::npos) << msg;
  EXPECT_FALSE(fs::exists(dir / "no-existe.db"));
}

// Builds a database at every earlier schema version, then opens it with the
// program: it must reach the latest version with its data intact. Later
// migrations extend `seed_at` with rows for the tables their version has.
TEST(Database, UpgradesFromEveryEarlierVersion) {
  const int latest = store::latest_schema_version();
  for (int start = 0; start < latest; ++start) {
    SCOPED_TRACE("desde el esquema " + std::to_string(start));
    TempDir dir;
    const auto path = dir / "viejo.db";
    {
      store::SqliteConnection raw(path, true);
      raw.execute_script("PRAGMA foreign_keys = ON");
      store::WriteTransaction tx(raw);
      if (start > 0)
        store::apply_migrations(raw, store::migrations(), start, "2026-01-01T00:00:00Z");
      if (start >= 1)
        raw.execute_script(
            "INSERT INTO setting (key, value) VALUES ('center_name', 'CDMYPE Chalatenango')");
      tx.commit();
    }
    store::Database db(path);
    EXPECT_EQ(db.schema_version(), latest);
    if (start >= 1) {
      store::Statement q(db.connection(), "SELECT value FROM setting WHERE key = 'center_name'");
      ASSERT_TRUE(q.step());
      EXPECT_EQ(q.text("value"), "CDMYPE Chalatenango");
    }
  }
}

TEST(Database, MigrationsAreNumberedWithoutGaps) {
  const auto& all = store::migrations();
  ASSERT_FALSE(all.empty());
  for (size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
  EXPECT_EQ(all.front().name, "0001_init.sql");
}

TEST(Database, WritesOutsideATransactionAreRefusedByRepositories) {
  TempDir dir;
  store::Database db(dir / "c.db", store::OpenMode::CreateIfMissing);
  EXPECT_THROW(store::require_transaction(db.connection()), std::logic_error);
  store::WriteTransaction tx(db);
  EXPECT_NO_THROW(store::require_transaction(db.connection()));
}

}  // namespace
}  // namespace cdmype::testing_support
