// End-to-end: a center's own spreadsheets as Spanish Excel saves them (CP1252, ';', $1,234.56,
// its own codes, UTF-16 «Texto Unicode») import, read money by the center setting, round-trip.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

RunResult as_ana(const Cli& cli, const std::vector<std::string>& args) {
  return cli.as("ana", kUserPassword, args);
}

// The three files of tests/data/cli/excel_*, imported in order by the director.
void import_excel_files(const Cli& cli) {
  cli.save_result("empresas", as_ana(cli, {"import", "empresas",
                                           fixture("excel_empresas_cp1252.csv").string()}));
  cli.save_result("sesiones", as_ana(cli, {"import", "sesiones",
                                           fixture("excel_sesiones_utf16.txt").string()}));
  cli.save_result("asistencias", as_ana(cli, {"import", "asistencias",
                                              fixture("excel_asistencias_cp1252.csv").string()}));
}

class CliExcelFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("excel", [](const Cli& c) {
      add_center_users(c);
      import_excel_files(c);
    });
  }
  std::string exported(const Cli& from, const std::string& kind) {
    const auto file = from.path(kind + "-export.csv");
    const RunResult r = as_ana(from, {"export", kind, file.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    return read_text(file);
  }
  Cli cli;
};

TEST_F(CliExcelFiles, Windows1252EnterpriseFileWithItsOwnAndEmptyCodesImports) {
  const RunResult r = cli.load_result("empresas");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("Aviso: El archivo no estaba en UTF-8; se leyó como Windows-1252 "
                               "(Excel en español)."));
  EXPECT_THAT(r.err, HasSubstr("Aviso: Montos leídos con formato El Salvador (1,234.56)."));
  EXPECT_THAT(r.err, HasSubstr("Importados 3 registros de empresas"));
  const std::string csv = exported(cli, "empresas");
  EXPECT_THAT(csv, HasSubstr("\nEMP-0001,Panadería Peña,"));
  EXPECT_THAT(csv, HasSubstr("\nCH-2026-0001,Artesanías Ñandú,"));  // the empty code, generated
  EXPECT_THAT(csv, HasSubstr("\nEMP-0002,Café “El Niño”,"));
  EXPECT_THAT(csv, HasSubstr(",1234.56,"));
  EXPECT_THAT(csv, HasSubstr(",12500.00,"));
  EXPECT_THAT(csv, HasSubstr(",2000.00,"));
}

TEST_F(CliExcelFiles, Utf16TabSessionsAndTheCentersAtCodesImport) {
  const RunResult s = cli.load_result("sesiones");
  ASSERT_EQ(s.status, 0) << s.err;
  EXPECT_THAT(s.err, HasSubstr("UTF-16"));
  const RunResult a = cli.load_result("asistencias");
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_THAT(a.err, HasSubstr("Importados 4 registros de asistencias"));
  const RunResult show = as_ana(cli, {"at", "show", "2025/14"});
  ASSERT_EQ(show.status, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("$2,000.00"));
  const RunResult lower = as_ana(cli, {"at", "show", "atch-15"});
  ASSERT_EQ(lower.status, 0) << lower.err;
  EXPECT_THAT(lower.out, HasSubstr("$1,005.05"));
  const std::string csv = exported(cli, "asistencias");
  for (const char* code : {"\nAT-2026-088,EMP-0001,Marca y etiquetas “Peña”,Diseños Niño,1234.56,",
                           "\n2025/14,EMP-0002,", "\nATCH-15,EMP-0001,", "\nCH-AT-2026-0001,"})
    EXPECT_THAT(csv, HasSubstr(code));
}

TEST_F(CliExcelFiles, TypedAmountsFollowTheCenterNumberFormat) {
  RunResult r = as_ana(cli, {"at", "request", "--empresa", "emp-0001", "--descripcion",
                             "Registro sanitario de Niño", "--costo", "1,005.05"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "CH-AT-2026-0002\n");  // the program's form, after the imported one
  EXPECT_THAT(r.err, HasSubstr("costo total $1,005.05"));
  r = as_ana(cli, {"budget", "set", "--year", "2026", "--at-fund", "25,000.00"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("$25,000.00"));
  r = as_ana(cli,
             {"at", "draft", "--empresa", "EMP-0001", "--descripcion", "x", "--costo", "2.000"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("--costo: «2.000» no es un monto válido: tiene tres decimales"));

  EXPECT_THAT(as_ana(cli, {"settings", "show"}).out, HasSubstr("formato_numeros: el_salvador"));
  EXPECT_EQ(
      cli.as("mpena", kUserPassword, {"settings", "set", "formato_numeros", "coma_decimal"}).status,
      1)
      << "an asesor may not change it";
  r = as_ana(cli, {"settings", "set", "formato_numeros", "coma_decimal"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("coma decimal (1.234,56)"));
  r = as_ana(cli, {"at", "draft", "--empresa", "EMP-0001", "--descripcion", "Etiquetas", "--costo",
                   "2.000"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("costo total $2,000.00"));
  r = as_ana(cli,
             {"at", "draft", "--empresa", "EMP-0001", "--descripcion", "x", "--costo", "2,000"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(as_ana(cli, {"settings", "set", "formato_numeros", "ingles"}).status, 2);
  EXPECT_THAT(as_ana(cli, {"settings", "show"}).out, HasSubstr("formato_numeros: coma_decimal"));
}

TEST_F(CliExcelFiles, TheExportsImportIntoAFreshCenterUnchanged) {
  const std::string empresas = exported(cli, "empresas");
  const std::string sesiones = exported(cli, "sesiones");
  const std::string asistencias = exported(cli, "asistencias");
  Cli fresh;
  add_center_users(fresh);
  for (const char* kind : {"empresas", "sesiones", "asistencias"}) {
    const RunResult r =
        as_ana(fresh, {"import", kind, cli.path(std::string(kind) + "-export.csv").string()});
    ASSERT_EQ(r.status, 0) << kind << ": " << r.err;
    EXPECT_THAT(r.err, Not(HasSubstr("Windows-1252")));  // exports are UTF-8
  }
  EXPECT_EQ(exported(fresh, "empresas"), empresas);
  EXPECT_EQ(exported(fresh, "sesiones"), sesiones);
  EXPECT_EQ(exported(fresh, "asistencias"), asistencias);
}

}  // namespace
}  // namespace cdmype::clitest
