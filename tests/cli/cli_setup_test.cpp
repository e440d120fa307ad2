// End-to-end: `init`, `user …`, signing in, and the exit statuses of misuse (product.md §5).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(CliInit, CreatesOwnerOnlyDatabaseWithTheAdminAccount) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo para un archivo SQLite (copias, restauración y permisos del archivo).";
  Cli cli;
  RunResult r = cli.init();
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "") << "init prints nothing on stdout";
  EXPECT_THAT(r.err, HasSubstr("CDMYPE Chalatenango"));

  struct stat st {};
  ASSERT_EQ(stat(cli.db().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u) << "the database holds personal data: owner-only";

  RunResult list = cli.as("admin", kAdminPassword, {"user", "list"});
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("admin\tadmin\tactiva"));
}

TEST(CliInit, SecondInitIsRefusedAndKeepsTheCenter) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult again =
      cli.run({"init", "--center", "CDMYPE Otro", "--prefix", "OT", "--admin", "otro"},
              {{"CDMYPE_PASSWORD", "otra-clave-123"}});
  EXPECT_EQ(again.status, 1);
  EXPECT_EQ(again.out, "");
  EXPECT_THAT(again.err, HasSubstr("ya tiene un centro"));
  EXPECT_THAT(again.err, HasSubstr("CDMYPE Chalatenango"));
  // The first admin still signs in; the second was never created.
  EXPECT_TRUE(cli.signs_in("admin", kAdminPassword));
  EXPECT_FALSE(cli.signs_in("otro", "otra-clave-123"));
}

TEST(CliInit, WithoutAnyPasswordIsRefused) {
  Cli cli;
  RunResult r =
      cli.run({"init", "--center", "CDMYPE Chalatenango", "--prefix", "CH", "--admin", "admin"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("CDMYPE_PASSWORD"));
  EXPECT_FALSE(std::filesystem::exists(cli.db())) << "nothing is created without a password";
}

// Scripts written against §5 may use short passwords: the CLI warns and
// goes on (the desktop app enforces the 10-character policy).
TEST(CliInit, ShortPasswordIsAcceptedWithAWarning) {
  Cli cli;
  RunResult r = cli.run({"init", "--center", "CDMYPE Chalatenango", "--prefix", "CH", "--admin", "admin"},
                        {{"CDMYPE_PASSWORD", "secreto"}});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("Aviso: La contraseña debe tener al menos 10 caracteres"));
  EXPECT_TRUE(cli.signs_in("admin", "secreto"));
}

TEST(CliInit, ReadsThePasswordFromThePromptWhenNotInTheEnvironment) {
  Cli cli;
  RunResult r =
      cli.run({"init", "--center", "CDMYPE Chalatenango", "--prefix", "CH", "--admin", "admin"}, {},
              "Clave-desde-teclado-1\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "") << "the prompt goes to stderr";
  EXPECT_EQ(cli.run({"--user", "admin", "check"}, {}, "Clave-desde-teclado-1\n").status, 0);
}

TEST(CliInit, MissingCenterOrBadPrefixAreReported) {
  Cli cli;
  RunResult no_center = cli.run({"init", "--prefix", "CH", "--admin", "admin"},
                                {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_EQ(no_center.status, 2);
  EXPECT_THAT(no_center.err, HasSubstr("--center"));

  RunResult bad_prefix =
      cli.run({"init", "--center", "CDMYPE Chalatenango", "--prefix", "C-1", "--admin", "admin"},
              {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_EQ(bad_prefix.status, 1);
  EXPECT_THAT(bad_prefix.err, HasSubstr("prefijo"));
}

TEST(CliInit, WithoutDbUsesTheUserDataFolder) {
  Cli cli;
  const auto home = cli.path("datos");
  RunResult r = run_program(
      cli_path(), {"init", "--center", "CDMYPE Chalatenango", "--prefix", "CH", "--admin", "admin"},
      {{"CDMYPE_PASSWORD", kAdminPassword}, {"XDG_DATA_HOME", home.string()}}, {},
      cli.dir().path());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto db = home / "cdmype-desk" / "cdmype.db";
  EXPECT_TRUE(std::filesystem::exists(db));
  EXPECT_THAT(r.err, HasSubstr(db.string()));
}

TEST(CliInit, UnusableFolderIsASpanishUserError) {
  Cli cli;
  write_text(cli.path("archivo"), "no es carpeta");
  RunResult r = run_program(cli_path(),
                            {"--db", cli.path("archivo/centro.db").string(), "init", "--center",
                             "CDMYPE Chalatenango", "--prefix", "CH", "--admin", "admin"},
                            {{"CDMYPE_PASSWORD", kAdminPassword}}, {}, cli.dir().path());
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("No se pudo crear la carpeta"));
  EXPECT_THAT(r.err, HasSubstr("no es una carpeta"));
  EXPECT_THAT(r.err, Not(HasSubstr("filesystem error")));
}

TEST(CliInit, GlobalOptionsMayComeAnywhereAndWithEquals) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult r = run_program(cli_path(), {"user", "list", "--user=admin", "--db=" + cli.db()},
                            {{"CDMYPE_PASSWORD", kAdminPassword}}, {}, cli.dir().path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("admin\tadmin\tactiva"));
}

TEST(CliUser, AddTakesTheNewPasswordFromTheEnvironment) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult add = cli.add_user("ana", "director", "Ana Peña");
  ASSERT_EQ(add.status, 0) << add.err;
  EXPECT_EQ(add.out, "");

  RunResult list = cli.as("admin", kAdminPassword, {"user", "list"});
  EXPECT_THAT(list.out, HasSubstr("ana\tdirector\tactiva\tAna Peña\n"));
  // The new account signs in with CDMYPE_NEW_PASSWORD's value, not the admin's.
  EXPECT_TRUE(cli.signs_in("ana", kUserPassword));
  EXPECT_FALSE(cli.signs_in("ana", kAdminPassword));
}

TEST(CliUser, OnlyAdminManagesAccounts) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  ASSERT_EQ(cli.add_user("ana", "director", "Ana Peña").status, 0);
  RunResult r = cli.as("ana", kUserPassword,
                       {"user", "add", "luis", "--role", "asesor", "--full-name", "Luis Niño"},
                       {{"CDMYPE_NEW_PASSWORD", "otra-clave-123"}});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("director"));
  EXPECT_FALSE(cli.signs_in("luis", "otra-clave-123"));
}

TEST(CliUser, UnknownRoleIsMisuse) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult r = cli.add_user("pedro", "jefe", "Pedro Niño");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, HasSubstr("«jefe»"));
  EXPECT_THAT(r.err, HasSubstr("consulta"));
}

TEST(CliSignIn, WrongPasswordAndUnknownUserGetTheSameSpanishMessage) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult wrong = cli.as("admin", "no-es-la-clave", {"user", "list"});
  EXPECT_EQ(wrong.status, 1);
  EXPECT_EQ(wrong.out, "");
  EXPECT_THAT(wrong.err, HasSubstr("Usuario o contraseña incorrectos."));
  RunResult unknown = cli.as("nadie", kAdminPassword, {"user", "list"});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_EQ(unknown.err, wrong.err) << "the message must not reveal which accounts exist";
}

TEST(CliSignIn, DisabledUserCannotSignInUntilEnabled) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  ASSERT_EQ(cli.add_user("ana", "director", "Ana Peña").status, 0);
  ASSERT_EQ(cli.as("admin", kAdminPassword, {"user", "disable", "ana"}).status, 0);
  RunResult r = cli.as("ana", kUserPassword, {"export", "empresas", "e.csv"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("«ana» está desactivada"));
  EXPECT_FALSE(std::filesystem::exists(cli.path("e.csv")));
  EXPECT_THAT(cli.as("admin", kAdminPassword, {"user", "list"}).out,
              HasSubstr("ana\tdirector\tdesactivada"));
  ASSERT_EQ(cli.as("admin", kAdminPassword, {"user", "enable", "ana"}).status, 0);
  EXPECT_TRUE(cli.signs_in("ana", kUserPassword));
}

TEST(CliSignIn, MissingUserIsMisuse) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult r = cli.run({"user", "list"}, {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("--user"));
}

TEST(CliSignIn, MissingDatabaseIsAUserErrorAndCreatesNothing) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo para un archivo SQLite (copias, restauración y permisos del archivo).";
  Cli cli;
  RunResult r = cli.as("admin", kAdminPassword, {"check"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("No existe la base de datos"));
  EXPECT_THAT(r.err, HasSubstr("cdmype-cli init"));
  EXPECT_FALSE(std::filesystem::exists(cli.db()));
}

TEST(CliMisuse, UnknownCommandExitsTwo) {
  Cli cli;
  RunResult r = cli.run({"--user", "admin", "importar", "empresas", "x.csv"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("comando desconocido «importar»"));
}

TEST(CliMisuse, UnknownOptionExitsTwoBeforeAnythingHappens) {
  Cli cli;
  ASSERT_EQ(cli.init().status, 0);
  RunResult r = cli.as("admin", kAdminPassword, {"backup", "copia.db", "--comprimir", "si"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, HasSubstr("opción desconocida --comprimir"));
  EXPECT_FALSE(std::filesystem::exists(cli.path("copia.db")));
}

TEST(CliMisuse, MissingOptionValueAndExtraArgumentsExitTwo) {
  Cli cli;
  EXPECT_EQ(cli.run({"init", "--center"}).status, 2);
  ASSERT_EQ(cli.init().status, 0);
  RunResult extra = cli.as("admin", kAdminPassword, {"check", "ahora"});
  EXPECT_EQ(extra.status, 2);
  EXPECT_THAT(extra.err, HasSubstr("«ahora»"));
}

TEST(CliMisuse, NoCommandPrintsUsageOnStderrAndHelpOnStdout) {
  Cli cli;
  RunResult none = cli.run({});
  EXPECT_EQ(none.status, 2);
  EXPECT_EQ(none.out, "");
  EXPECT_THAT(none.err, HasSubstr("Uso: cdmype-cli"));
  RunResult help = cli.run({"--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_THAT(help.out, HasSubstr("report monthly --month"));
  EXPECT_THAT(help.err, Not(HasSubstr("Uso")));
}

}  // namespace
}  // namespace cdmype::clitest
