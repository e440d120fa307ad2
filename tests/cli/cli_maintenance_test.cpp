// End-to-end: `check`, `backup` and `demo` — the database as a whole.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <ctime>
#include <map>

#include "cli/cli_json.hpp"
#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

constexpr const char* kDemoPassword = "demo-cdmype-2026";  // printed by `demo` itself

// A database with a director, two asesores and the center's enterprises.
void center_with_data(Cli& cli) {
  cli.restore("center", [](const Cli& fresh) {
    ASSERT_EQ(fresh.init().status, 0);
    ASSERT_EQ(fresh.add_user("ana", "director", "Ana Peña").status, 0);
    ASSERT_EQ(fresh.add_user("mpena", "asesor", "María Peña").status, 0);
    ASSERT_EQ(fresh.add_user("jnino", "asesor", "José Niño").status, 0);
    RunResult r = fresh.as("ana", kUserPassword,
                           {"import", "empresas", fixture("empresas_centro.csv").string()});
    ASSERT_EQ(r.status, 0) << r.err;
  });
}

std::string current_month() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[8];
  std::strftime(text, sizeof text, "%Y-%m", &local);
  return text;
}

TEST(CliCheck, PrintsOkOnStdout) {
  Cli cli;
  center_with_data(cli);
  RunResult r = cli.as("admin", kAdminPassword, {"check"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("OK"));
  EXPECT_EQ(count_of(r.out, "\n"), 1) << "one line: " << r.out;
}

// On a file the copy is SQLite's online backup; on the server, the whole
// center copied into a new file and compared with the server: the same file either way.
TEST(CliBackup, BackupIsOwnerOnlyPassesCheckAndHoldsTheData) {
  Cli cli;
  center_with_data(cli);
  const auto copy = cli.path("copias/centro-2026-10-31.db");
  std::filesystem::create_directories(copy.parent_path());
  RunResult r = cli.as("admin", kAdminPassword, {"backup", copy.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
  struct stat st {};
  ASSERT_EQ(stat(copy.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  RunResult check = run_program(cli_path(), {"--db", copy.string(), "--user", "admin", "check"},
                                {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_THAT(check.out, StartsWith("OK"));
  const auto csv = cli.path("desde-copia.csv");
  RunResult exported = run_program(
      cli_path(), {"--db", copy.string(), "--user", "ana", "export", "empresas", csv.string()},
      {{"CDMYPE_PASSWORD", kUserPassword}});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_EQ(csv_record_count(read_text(csv)), 6);
}

// The same two commands on a file and on the center's server: the copy comes
// back whole, what was done since is gone (kept in the file set aside), and
// the audit chain and the code sequences carry on from the copy.
TEST(CliRestore, ACopyComesBackAndWhatItReplacedIsKeptAside) {
  Cli cli;
  center_with_data(cli);
  const auto copy = cli.path("copia-ñandú.db");
  ASSERT_EQ(cli.as("admin", kAdminPassword, {"backup", copy.string()}).status, 0);
  const auto before = cli.path("antes.csv");
  ASSERT_EQ(cli.as("ana", kUserPassword, {"export", "empresas", before.string()}).status, 0);

  ASSERT_EQ(cli.add_user("lpena", "asesor", "Lucía Peña").status, 0);
  RunResult at = cli.as("ana", kUserPassword,
                        {"at", "request", "--empresa", "CH-2026-0001", "--descripcion",
                         "Diseño de marca Citalá", "--proveedor", "Niño", "--costo", "100.00"});
  ASSERT_EQ(at.status, 0) << at.err;

  RunResult r = cli.as("admin", kAdminPassword, {"restore", copy.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("La base anterior quedó guardada en "));
  const std::string aside = r.err.substr(r.err.find("guardada en ") + 12);
  const std::filesystem::path aside_path = aside.substr(0, aside.find(".\n"));
  ASSERT_TRUE(std::filesystem::exists(aside_path)) << aside_path;
  RunResult aside_users =
      run_program(cli_path(), {"--db", aside_path.string(), "--user", "admin", "user", "list"},
                  {{"CDMYPE_PASSWORD", kAdminPassword}});
  EXPECT_THAT(aside_users.out, HasSubstr("lpena")) << aside_users.err;

  const auto after = cli.path("despues.csv");
  ASSERT_EQ(cli.as("ana", kUserPassword, {"export", "empresas", after.string()}).status, 0);
  EXPECT_EQ(read_text(after), read_text(before));
  RunResult users = cli.as("admin", kAdminPassword, {"user", "list"});
  EXPECT_THAT(users.out, Not(HasSubstr("lpena")));
  RunResult check = cli.as("admin", kAdminPassword, {"check"});
  EXPECT_EQ(check.status, 0) << check.err;
  // The AT taken back is requested again under the same code, not a gap.
  RunResult again = cli.as("ana", kUserPassword,
                           {"at", "request", "--empresa", "CH-2026-0001", "--descripcion",
                            "Diseño de marca Citalá", "--proveedor", "Niño", "--costo", "100.00"});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.out, at.out);
}

TEST(CliBackup, NeverOverwritesAndIsNotForAsesores) {
  Cli cli;
  center_with_data(cli);
  write_text(cli.path("ocupado.db"), "no tocar");
  RunResult taken = cli.as("admin", kAdminPassword, {"backup", cli.path("ocupado.db").string()});
  EXPECT_EQ(taken.status, 1);
  EXPECT_THAT(taken.err, HasSubstr("no sobrescribe"));
  EXPECT_EQ(read_text(cli.path("ocupado.db")), "no tocar");

  RunResult asesor = cli.as("mpena", kUserPassword, {"backup", cli.path("b.db").string()});
  EXPECT_EQ(asesor.status, 1);
  EXPECT_THAT(asesor.err, HasSubstr("«asesor»"));
  EXPECT_FALSE(std::filesystem::exists(cli.path("b.db")));

  RunResult no_dir =
      cli.as("admin", kAdminPassword, {"backup", cli.path("no-existe/b.db").string()});
  EXPECT_EQ(no_dir.status, 1);
  EXPECT_THAT(no_dir.err, HasSubstr("carpeta"));
}

TEST(CliTerminal, ProgressOnlyWhenStderrIsATerminalAndNeverOnStdout) {
  Cli cli;
  center_with_data(cli);
  const auto file = cli.path("una_sesion.csv");
  write_text(file,
             "empresa;fecha;duracion_min;modalidad;area\nCH-2026-0001;02/10/2026;30;virtual;"
             "Asesoría TIC\n");
  const std::map<std::string, std::string> env{{"CDMYPE_PASSWORD", kUserPassword}};
  RunResult tty = cli.run_on_terminal({"--user", "ana", "import", "sesiones", file.string()}, env);
  ASSERT_EQ(tty.status, 0) << tty.err;
  EXPECT_EQ(tty.out, "");
  EXPECT_THAT(tty.err, HasSubstr("\rImportación: 100 %"));
  // The progress line is ended before the summary, which has its own line.
  EXPECT_THAT(tty.err, HasSubstr("100 %\033[K\r\nImportado 1 registro de sesiones"));

  const auto csv = cli.path("sesiones.csv");
  RunResult piped = cli.as("ana", kUserPassword, {"export", "sesiones", csv.string()});
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out, "");
  EXPECT_EQ(piped.err.find('%'), std::string::npos) << "no progress in a script: " << piped.err;
  EXPECT_EQ(piped.err.find('\r'), std::string::npos);
  EXPECT_THAT(piped.err, HasSubstr("Exportado 1 registro de sesiones"));
}

TEST(CliDemo, SmallDemoGivesAReportWithFiguresForThisMonth) {
  Cli cli;
  RunResult demo = cli.run({"demo", "--scale", "small"});
  ASSERT_EQ(demo.status, 0) << demo.err;
  EXPECT_EQ(demo.out, "");
  EXPECT_THAT(demo.err, HasSubstr(kDemoPassword));

  const std::string month = current_month();
  const auto json = cli.path("mes.json");
  RunResult r = cli.as("directora", kDemoPassword,
                       {"report", "monthly", "--month", month, "--json", json.string(), "--pdf",
                        cli.path("mes.pdf").string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json figures = Json::parse(read_text(json));
  EXPECT_EQ(figures["periodo"].text, month);
  EXPECT_GT(figures.at_path("empresas_atendidas.total").integer(), 0);
  EXPECT_GT(figures.at_path("sesiones.total").integer(), 0);
  EXPECT_GT(figures.at_path("sesiones.minutos").integer(), 0);
  EXPECT_EQ(figures.at_path("empresas_atendidas.mujer").integer() +
                figures.at_path("empresas_atendidas.hombre").integer(),
            figures.at_path("empresas_atendidas.total").integer());
  EXPECT_EQ(figures.at_path("empresas_atendidas.rural").integer() +
                figures.at_path("empresas_atendidas.urbana").integer(),
            figures.at_path("empresas_atendidas.total").integer());
  EXPECT_THAT(pdf_text(cli.path("mes.pdf")), HasSubstr("Chalatenango"));

  RunResult check = cli.as("admin", kDemoPassword, {"check"});
  EXPECT_EQ(check.status, 0) << check.err;
}

TEST(CliDemo, RefusesToOverwriteARealCenter) {
  Cli cli;
  center_with_data(cli);
  RunResult demo = cli.run({"demo", "--scale", "small"});
  EXPECT_EQ(demo.status, 1);
  EXPECT_THAT(demo.err, HasSubstr("no es una base de demostración"));
  RunResult list = cli.as("admin", kAdminPassword, {"user", "list"});
  ASSERT_EQ(list.status, 0) << "the real center is untouched: " << list.err;
  EXPECT_THAT(list.out, HasSubstr("ana\tdirector"));
  EXPECT_FALSE(cli.signs_in("directora", kDemoPassword));
}

TEST(CliDemo, UnknownScaleIsMisuse) {
  Cli cli;
  RunResult r = cli.run({"demo", "--scale", "enorme"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.err, HasSubstr("«enorme»"));
  EXPECT_FALSE(std::filesystem::exists(cli.db()));
}

}  // namespace
}  // namespace cdmype::clitest
