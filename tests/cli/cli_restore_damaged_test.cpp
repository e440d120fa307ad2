// End-to-end: `restore` when the current database is too damaged to open (issue 8). Nobody can
// sign in to it, so an administrator of the backup restores; the damaged file is kept aside.
#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

// Garbage over the first two pages: the SQLite header and the schema's root page.
void ruin_header_pages(const fs::path& db) {
  std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
  const std::string junk(8192, '\x5A');
  f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
}

std::vector<fs::path> kept_aside(const Cli& cli) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(cli.dir().path()))
    if (e.path().filename().string().rfind("centro.db.antes-de-restaurar-", 0) == 0)
      out.push_back(e.path());
  return out;
}

class CliRestoreDamaged : public ::testing::Test {
 protected:
  // A center with a director, its backup, then the database's header pages ruined.
  void SetUp() override {
    if (testing_support::testing_on_postgresql())
      GTEST_SKIP() << "Solo para un archivo SQLite (copias, restauración y permisos del archivo).";
    cli.restore("restaurar-danada", [](const Cli& fresh) {
      ASSERT_EQ(fresh.init().status, 0);
      ASSERT_EQ(fresh.add_user("ana", "director", "Ana Peña").status, 0);
      RunResult b = fresh.as("admin", kAdminPassword, {"backup", fresh.path("copia.db").string()});
      ASSERT_EQ(b.status, 0) << b.err;
    });
    ruin_header_pages(cli.db());
    damaged = read_text(cli.db());
  }

  Cli cli;
  std::string copy = cli.path("copia.db").string();
  std::string damaged;
};

TEST_F(CliRestoreDamaged, AnAdminOfTheBackupRestoresAndTheDamagedFileIsKeptAside) {
  RunResult before = cli.as("admin", kAdminPassword, {"check"});
  ASSERT_EQ(before.status, 1);  // the ordinary way in is closed
  EXPECT_THAT(before.err, HasSubstr("no es una base de datos de CDMYPE Desk"));

  RunResult r = cli.as("admin", kAdminPassword, {"restore", copy});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("La base dañada quedó guardada en"));
  const auto aside = kept_aside(cli);
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(read_text(aside.front()), damaged);
  EXPECT_THAT(r.err, HasSubstr(aside.front().filename().string()));

  RunResult check = cli.as("admin", kAdminPassword, {"check"});
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_TRUE(cli.signs_in("ana", kUserPassword));
}

TEST_F(CliRestoreDamaged, RefusesNonAdminsFilesNotOursAndMissingUser) {
  RunResult ana = cli.as("ana", kUserPassword, {"restore", copy});
  EXPECT_EQ(ana.status, 1);
  EXPECT_THAT(ana.err, HasSubstr("no puede restaurar"));

  RunResult wrong = cli.as("admin", "Clave-Equivocada-1", {"restore", copy});
  EXPECT_EQ(wrong.status, 1);

  write_text(cli.path("texto.db"), "esto no es una base de datos");
  RunResult foreign = cli.as("admin", kAdminPassword, {"restore", cli.path("texto.db").string()});
  EXPECT_EQ(foreign.status, 1);
  EXPECT_THAT(foreign.err, HasSubstr("no es una base de datos de CDMYPE Desk"));

  RunResult nobody = cli.run({"restore", copy}, {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_EQ(nobody.status, 2);

  EXPECT_EQ(read_text(cli.db()), damaged);  // nothing replaced
  EXPECT_TRUE(kept_aside(cli).empty());
}

TEST_F(CliRestoreDamaged, AnotherProgramsDatabaseIsNeverReplaced) {
  const fs::path other = cli.path("otra.db");
  fs::copy_file(copy, other);
  {
    SQLite::Database raw(other.string(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TABLE schema_version");  // readable SQLite, just not ours
  }
  const std::string before = read_text(other);

  RunResult r =
      run_program(cli_path(), {"--db", other.string(), "--user", "admin", "restore", copy},
                  {{"CDMYPE_PASSWORD", kAdminPassword}}, {}, cli.dir().path());
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("otro programa"));
  EXPECT_EQ(read_text(other), before);
}

}  // namespace
}  // namespace cdmype::clitest
