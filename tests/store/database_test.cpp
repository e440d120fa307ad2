// Opening databases: migrations, pragmas, refusals (newer, foreign, not SQLite), upgrades, 0600.
#include "store/database.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <fstream>

#include "core/errors.hpp"
#include "store/clock.hpp"
#include "store/migrations.hpp"
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
  SQLite::Statement q(db.sqlite(),
                      "SELECT version, name, applied_at FROM schema_version ORDER BY version");
  int expected = 1;
  while (q.executeStep()) {
    EXPECT_EQ(q.getColumn(0).getInt(), expected++);
    EXPECT_FALSE(q.getColumn(1).getString().empty());
    EXPECT_TRUE(store::parse_iso_utc(q.getColumn(2).getString()).has_value());
  }
  EXPECT_EQ(expected - 1, store::latest_schema_version());
  SQLite::Statement d(db.sqlite(), "SELECT COUNT(*), SUM(nombre = 'Citalá') FROM distrito");
  d.executeStep();
  EXPECT_EQ(d.getColumn(0).getInt(), 262);
  EXPECT_EQ(d.getColumn(1).getInt(), 1);
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
  SQLite::Statement q(b.sqlite(), "SELECT COUNT(*) FROM distrito");
  q.executeStep();
  EXPECT_EQ(q.getColumn(0).getInt(), 262);
  SQLite::Statement v(b.sqlite(), "SELECT COUNT(*) FROM schema_version");
  v.executeStep();
  EXPECT_EQ(v.getColumn(0).getInt(), store::latest_schema_version());
}

TEST(Database, RefusesASchemaNewerThanTheProgram) {
  TempDir dir;
  {
    store::Database db(dir / "futuro.db", store::OpenMode::CreateIfMissing);
    db.sqlite().exec(
        "INSERT INTO schema_version (version, name, applied_at) "
        "VALUES (999, '0999_futuro.sql', '2030-01-01T00:00:00Z')");
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
      SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      raw.exec("PRAGMA foreign_keys = ON");
      store::WriteTransaction tx(raw);
      if (start > 0)
        store::apply_migrations(raw, store::migrations(), start, "2026-01-01T00:00:00Z");
      if (start >= 1)
        raw.exec("INSERT INTO setting (key, value) VALUES ('center_name', 'CDMYPE Chalatenango')");
      tx.commit();
    }
    store::Database db(path);
    EXPECT_EQ(db.schema_version(), latest);
    if (start >= 1) {
      SQLite::Statement q(db.sqlite(), "SELECT value FROM setting WHERE key = 'center_name'");
      ASSERT_TRUE(q.executeStep());
      EXPECT_EQ(q.getColumn(0).getString(), "CDMYPE Chalatenango");
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
  EXPECT_THROW(store::require_transaction(db.sqlite()), std::logic_error);
  store::WriteTransaction tx(db);
  EXPECT_NO_THROW(store::require_transaction(db.sqlite()));
}

}  // namespace
}  // namespace cdmype::testing_support
