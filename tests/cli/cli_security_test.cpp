// End-to-end security: owner-only files (exports, reports), no secrets in error output, and
// `restore` refusing foreign files and keeping the current database aside.
#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

unsigned mode_of(const std::filesystem::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return 0;
  return st.st_mode & 0777;
}

class CliSecurity : public ::testing::Test {
 protected:
  void SetUp() override {
    ::umask(022);  // the usual desktop umask: files would be world-readable by default
    cli.restore("seguridad", [](const Cli& fresh) {
      ASSERT_EQ(fresh.init().status, 0);
      ASSERT_EQ(fresh.add_user("ana", "director", "Ana Peña").status, 0);
      ASSERT_EQ(fresh.add_user("mpena", "asesor", "María Peña").status, 0);
      ASSERT_EQ(fresh.add_user("jnino", "asesor", "José Niño").status, 0);
      RunResult r = fresh.as("ana", kUserPassword,
                             {"import", "empresas", fixture("empresas_centro.csv").string()});
      ASSERT_EQ(r.status, 0) << r.err;
    });
  }
  Cli cli;
};

TEST_F(CliSecurity, ExportsAndReportsAreOwnerOnly) {
  for (const char* kind : {"empresas", "sesiones", "asistencias"}) {
    const auto file = cli.path(std::string(kind) + ".csv");
    RunResult r = cli.as("ana", kUserPassword, {"export", kind, file.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(mode_of(file), 0600u) << kind;
  }
  // Overwriting an export that was world-readable leaves it owner-only.
  write_text(cli.path("viejo.csv"), "x");
  ::chmod(cli.path("viejo.csv").c_str(), 0644);
  ASSERT_EQ(
      cli.as("ana", kUserPassword, {"export", "empresas", cli.path("viejo.csv").string()}).status,
      0);
  EXPECT_EQ(mode_of(cli.path("viejo.csv")), 0600u);

  RunResult report =
      cli.as("ana", kUserPassword,
             {"report", "monthly", "--month", "2026-01", "--pdf", cli.path("mes.pdf").string(),
              "--json", cli.path("mes.json").string(), "--xlsx", cli.path("mes.xlsx").string()});
  ASSERT_EQ(report.status, 0) << report.err;
  for (const char* name : {"mes.pdf", "mes.json", "mes.xlsx"})
    EXPECT_EQ(mode_of(cli.path(name)), 0600u) << name;
  if (!cli.on_postgresql()) {
    EXPECT_EQ(mode_of(cli.db()), 0600u);
  }
}

TEST_F(CliSecurity, ErrorsNeverRepeatAPassword) {
  const std::string wrong = "Clave-Equivocada-99";
  RunResult bad = cli.as("ana", wrong, {"check"});
  EXPECT_EQ(bad.status, 1);
  EXPECT_THAT(bad.err, Not(HasSubstr(wrong)));
  RunResult weak = cli.run(
      {"--user", "admin", "user", "add", "lucia", "--role", "asesor", "--full-name", "Lucía Peña"},
      {{"CDMYPE_PASSWORD", kAdminPassword}, {"CDMYPE_NEW_PASSWORD", "corta1"}});
  EXPECT_THAT(weak.err + weak.out, Not(HasSubstr("corta1")));
  EXPECT_THAT(weak.err + weak.out, Not(HasSubstr(kAdminPassword)));
}

TEST_F(CliSecurity, RestoreKeepsTheCurrentDatabaseAsideAndIsForAdminOnly) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo para un archivo SQLite (copias, restauración y permisos del archivo).";
  const auto copy = cli.path("copia.db");
  ASSERT_EQ(cli.as("admin", kAdminPassword, {"backup", copy.string()}).status, 0);
  ASSERT_EQ(cli.add_user("nueva", "asesor", "Nueva Niño").status, 0);  // after the backup

  RunResult asesor = cli.as("mpena", kUserPassword, {"restore", copy.string()});
  EXPECT_EQ(asesor.status, 1);
  EXPECT_THAT(asesor.err, HasSubstr("no puede restaurar"));

  write_text(cli.path("texto.db"), "esto no es una base de datos");
  RunResult foreign = cli.as("admin", kAdminPassword, {"restore", cli.path("texto.db").string()});
  EXPECT_EQ(foreign.status, 1);
  EXPECT_THAT(foreign.err, HasSubstr("no es una base de datos de CDMYPE Desk"));
  EXPECT_TRUE(cli.signs_in("nueva", kUserPassword));  // nothing replaced

  RunResult r = cli.as("admin", kAdminPassword, {"restore", copy.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("centro.db.antes-de-restaurar-"));
  EXPECT_FALSE(cli.signs_in("nueva", kUserPassword));  // the account came after the copy
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
  int aside = 0;
  for (const auto& e : std::filesystem::directory_iterator(cli.dir().path()))
    if (e.path().filename().string().rfind("centro.db.antes-de-restaurar-", 0) == 0) {
      ++aside;
      EXPECT_EQ(mode_of(e.path()), 0600u);
    }
  EXPECT_EQ(aside, 1);
}

TEST_F(CliSecurity, CheckNamesTheAuditEntryChangedOutsideTheProgram) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo para un archivo SQLite (copias, restauración y permisos del archivo).";
  ASSERT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
  {
    // An attacker with the file: drops the guard and rewrites who did entry 5.
    SQLite::Database raw(cli.db(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER audit_log_no_update");
    raw.exec("UPDATE audit_log SET username = 'nadie' WHERE id = 5");
    raw.exec(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'no'); END");
  }
  RunResult r = cli.as("admin", kAdminPassword, {"check"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("la primera entrada cuya huella no coincide es la n.º 5 (tabla «"));
  EXPECT_EQ(count_of(r.err, "\n"), 1) << r.err;  // that one finding, nothing else
}

}  // namespace
}  // namespace cdmype::clitest
