// Restoring a backup: the file is vetted first, the current database is kept aside, then replaced.
#include "store/restore.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>

#include "core/errors.hpp"
#include "store/migrations.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class RestoreTest : public SqliteFileTest {
 protected:
  // Files in the test folder whose name starts with "centro.db.antes-de-restaurar-".
  std::vector<fs::path> kept_aside() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path().filename().string().rfind("centro.db.antes-de-restaurar-", 0) == 0)
        out.push_back(e.path());
    return out;
  }

  std::string refusal(const fs::path& source) {
    try {
      ws->maintenance().restore(admin, source);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }

  // After a refusal nothing changed: the enterprise is still there, nothing kept aside.
  void expect_untouched() {
    EXPECT_EQ(ws->enterprises().search(consulta, "pena").size(), 1u);
    EXPECT_TRUE(kept_aside().empty());
  }
};

TEST_F(RestoreTest, ReplacesTheDatabaseAndKeepsTheCurrentOneAside) {
  create("Café Citalá", "Rosa Peña");
  ws->maintenance().backup(admin, dir / "copia.db");
  create("Panadería La Palma", "Juan Niño", Sexo::Hombre);  // after the backup

  const auto result = ws->maintenance().restore(admin, dir / "copia.db");
  EXPECT_EQ(result.restored_schema_version, store::latest_schema_version());
  // The same open workspace sees the restored data.
  EXPECT_EQ(ws->enterprises().search(consulta, "pena").size(), 1u);
  EXPECT_TRUE(ws->enterprises().search(consulta, "nino").empty());
  EXPECT_EQ(file_mode(db_path), 0600);

  // What was there before the restore is kept, owner-only, and opens.
  ASSERT_EQ(kept_aside(), std::vector<fs::path>{result.kept_aside});
  EXPECT_EQ(
      result.kept_aside.filename().string(), "centro.db.antes-de-restaurar-" + [] {
        char text[32];
        const std::time_t t =
            std::chrono::system_clock::to_time_t(*store::parse_iso_utc("2026-10-15T15:00:00Z"));
        std::tm local{};
        localtime_r(&t, &local);
        std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
        return std::string(text);
      }());
  EXPECT_EQ(file_mode(result.kept_aside), 0600);
  auto before = services::Workspace::open(result.kept_aside, clock.clock());
  EXPECT_EQ(before.enterprises().search(consulta, "nino").size(), 1u);

  // A new process opening the file sees the restored data too, and it checks clean.
  ws.reset();
  auto reopened = services::Workspace::open(source, clock.clock());
  EXPECT_TRUE(reopened.enterprises().search(consulta, "nino").empty());
  EXPECT_EQ(reopened.maintenance().check(admin), std::vector<std::string>{});
}

TEST_F(RestoreTest, OnlyAdminMayRestore) {
  create("Café Citalá", "Rosa Peña");
  ws->maintenance().backup(admin, dir / "copia.db");
  for (const Actor& who : {directora, asesor1, consulta})
    EXPECT_THROW(ws->maintenance().restore(who, dir / "copia.db"), PermissionDenied);
  expect_untouched();
}

TEST_F(RestoreTest, RefusesAFileThatIsNotSqlite) {
  create("Café Citalá", "Rosa Peña");
  std::ofstream(dir / "foto.db") << "\x89PNG esto no es una base de datos";
  EXPECT_NE(refusal(dir / "foto.db").find("no es una base de datos de CDMYPE Desk"),
            std::string::npos);
  expect_untouched();
}

TEST_F(RestoreTest, RefusesAnotherProgramsDatabaseAnEmptyFileAndAMissingOne) {
  create("Café Citalá", "Rosa Peña");
  {
    SQLite::Database other((dir / "otro.db").string(),
                           SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE cliente (id INTEGER PRIMARY KEY, nombre TEXT)");
  }
  EXPECT_NE(refusal(dir / "otro.db").find("de otro programa"), std::string::npos);
  std::ofstream(dir / "vacio.db").flush();
  EXPECT_NE(refusal(dir / "vacio.db").find("está vacío"), std::string::npos);
  EXPECT_NE(refusal(dir / "no-existe.db").find("No existe el archivo"), std::string::npos);
  EXPECT_NE(refusal(db_path).find("misma base de datos"), std::string::npos);
  expect_untouched();
}

TEST_F(RestoreTest, RefusesACopyFromANewerProgram) {
  create("Café Citalá", "Rosa Peña");
  ws->maintenance().backup(admin, dir / "nueva.db");
  {
    SQLite::Database raw((dir / "nueva.db").string(), SQLite::OPEN_READWRITE);
    raw.exec(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (999, "
        "'0999_futuro.sql', '2030-01-01T00:00:00Z')");
  }
  const auto msg = refusal(dir / "nueva.db");
  EXPECT_NE(msg.find("versión más nueva"), std::string::npos) << msg;
  expect_untouched();
}

TEST_F(RestoreTest, RefusesADamagedCopy) {
  create("Café Citalá", "Rosa Peña");
  ws->maintenance().backup(admin, dir / "danada.db");
  {
    // Scribble over the middle of the file, keeping the SQLite header intact.
    std::fstream f(dir / "danada.db", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(dir / "danada.db") / 2));
    const std::string junk(8192, '\xA5');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  const auto msg = refusal(dir / "danada.db");
  EXPECT_NE(msg.find("dañada"), std::string::npos) << msg;
  EXPECT_NE(msg.find("no se restauró"), std::string::npos) << msg;
  expect_untouched();
}

TEST_F(RestoreTest, ACopyFromAnOlderVersionIsUpgraded) {
  const auto old = dir / "vieja.db";
  {
    store::SqliteConnection conn(old, true);  // migrations run on a Connection
    SQLite::Database& raw = conn.raw();
    store::WriteTransaction tx(conn);
    store::apply_migrations(conn, store::migrations(), 1, "2026-01-01T00:00:00Z");
    raw.exec("INSERT INTO setting (key, value) VALUES ('center_name', 'CDMYPE Antiguo')");
    tx.commit();
  }
  const auto result = ws->maintenance().restore(admin, old);
  EXPECT_EQ(result.restored_schema_version, 1);
  EXPECT_EQ(ws->database().schema_version(), store::latest_schema_version());
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM setting WHERE value = 'CDMYPE Antiguo'"), 1);
}

}  // namespace
}  // namespace cdmype::testing_support
