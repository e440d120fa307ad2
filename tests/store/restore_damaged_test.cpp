// Restoring over a database too damaged to open (issue 8): no accounts are left to ask, so the
// person signs in against the backup; the backup is still vetted and the damaged file kept aside.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "store/migrations.hpp"
#include "store/restore.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Overwrites `length` bytes at `offset` with garbage.
void scribble(const fs::path& p, std::streamoff offset, std::size_t length) {
  std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(offset);
  const std::string junk(length, '\xA5');
  f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
}

// `from` copied to `to`, then marked as written by a future version of the program.
void copy_as_newer_version(const fs::path& from, const fs::path& to) {
  fs::copy_file(from, to);
  SQLite::Database raw(to.string(), SQLite::OPEN_READWRITE);
  raw.exec(
      "INSERT INTO schema_version (version, name, applied_at) VALUES (999, "
      "'0999_futuro.sql', '2030-01-01T00:00:00Z')");
}

class RestoreDamagedTest : public SqliteFileTest {
 protected:
  // A backup holding "Café Citalá", then the current database's header pages ruined.
  void SetUp() override {
    SqliteFileTest::SetUp();
    if (IsSkipped()) return;
    create("Café Citalá", "Rosa Peña");
    ws->maintenance().backup(admin, backup);
    ws.reset();  // the last connection closes: the -wal is folded in and removed
    scribble(db_path, 0, 8192);
    damaged = bytes_of(db_path);
  }

  std::string refusal(const fs::path& source, const std::string& user,
                      const std::string& password = kPassword) {
    try {
      services::MaintenanceService::restore_damaged(db_path, source, user, password, clock.clock());
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }

  // After a refusal nothing changed: same damaged bytes, nothing aside, no staging file left.
  void expect_untouched() {
    EXPECT_EQ(bytes_of(db_path), damaged);
    std::vector<fs::path> others;
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path() != db_path && e.path().filename().string().rfind("copia", 0) != 0 &&
          e.path().filename().string().rfind("otra", 0) != 0)
        others.push_back(e.path());
    EXPECT_TRUE(others.empty()) << others.front();
  }

  fs::path backup = dir / "copia.db";
  std::string damaged;
};

TEST_F(RestoreDamagedTest, TheDamagedDatabaseCannotBeOpenedAndIsRecognisedAsDamaged) {
  EXPECT_THROW((void)services::Workspace::open(source, clock.clock()), UserError);
  EXPECT_TRUE(store::too_damaged_to_open(db_path));
  EXPECT_FALSE(store::too_damaged_to_open(backup));
  EXPECT_FALSE(store::too_damaged_to_open(dir / "no-existe.db"));
}

TEST_F(RestoreDamagedTest, GarbageInsideTheFileAlsoCountsAsDamaged) {
  const fs::path inner = dir / "interior.db";
  fs::copy_file(backup, inner);
  scribble(inner, static_cast<std::streamoff>(fs::file_size(inner) / 2), 8192);
  EXPECT_TRUE(store::too_damaged_to_open(inner));
}

TEST_F(RestoreDamagedTest, AnotherProgramsDatabaseOrANewerOneIsNotDamaged) {
  const fs::path foreign = dir / "otra.db";
  {
    SQLite::Database raw(foreign.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE notas (texto TEXT)");
  }
  EXPECT_FALSE(store::too_damaged_to_open(foreign));
  const fs::path newer = dir / "otra-nueva.db";
  copy_as_newer_version(backup, newer);
  EXPECT_FALSE(store::too_damaged_to_open(newer));
}

TEST_F(RestoreDamagedTest, AnAdminOfTheBackupRestoresAndTheDamagedFileIsKeptAside) {
  const auto result = services::MaintenanceService::restore_damaged(db_path, backup, "admin",
                                                                    kPassword, clock.clock());
  EXPECT_EQ(result.restored_schema_version, store::latest_schema_version());
  ASSERT_TRUE(fs::exists(result.kept_aside));
  EXPECT_EQ(result.kept_aside.parent_path(), db_path.parent_path());
  EXPECT_EQ(result.kept_aside.filename().string().rfind("centro.db.antes-de-restaurar-", 0), 0u);
  EXPECT_EQ(bytes_of(result.kept_aside), damaged);
  EXPECT_FALSE(fs::exists(db_path.string() + ".restaurando"));
  EXPECT_EQ(file_mode(db_path), 0600);

  ws.emplace(services::Workspace::open(source, clock.clock()));
  EXPECT_EQ(ws->enterprises().search(consulta, "citala").size(), 1u);
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});
}

TEST_F(RestoreDamagedTest, OnlyAnAdminOfTheBackupWithTheRightPassword) {
  EXPECT_THROW(services::MaintenanceService::restore_damaged(db_path, backup, "directora",
                                                             kPassword, clock.clock()),
               PermissionDenied);
  EXPECT_NE(refusal(backup, "admin", "otra-clave-2026"), "");
  EXPECT_NE(refusal(backup, "nadie"), "");
  expect_untouched();
}

TEST_F(RestoreDamagedTest, StillRefusesAFileThatIsNotOursOrIsNewer) {
  { std::ofstream(dir / "otra.txt") << "nombre,titular\nCafé Citalá,Rosa Peña\n"; }
  auto msg = refusal(dir / "otra.txt", "admin");
  EXPECT_NE(msg.find("no es una base de datos de CDMYPE Desk"), std::string::npos) << msg;

  const fs::path newer = dir / "otra-nueva.db";
  copy_as_newer_version(backup, newer);
  msg = refusal(newer, "admin");
  EXPECT_NE(msg.find("versión más nueva"), std::string::npos) << msg;
  expect_untouched();
}

}  // namespace
}  // namespace cdmype::testing_support
