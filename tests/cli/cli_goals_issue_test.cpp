// End-to-end: `goals set|show`, `report issue`, `report show-issued` and the changes since issuing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sodium.h>

#include <fstream>
#include <iterator>
#include <memory>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;

std::string sha256_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  unsigned char d[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, d, sizeof d);
  return hex;
}

// A center with the October 2026 files imported by the director "ana".
class CliGoalsIssue : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cli_ = std::make_unique<Cli>();
    ASSERT_EQ(cli_->init().status, 0);
    ASSERT_EQ(cli_->add_user("ana", "director", "Ana Peña").status, 0);
    ASSERT_EQ(cli_->add_user("mpena", "asesor", "María Peña").status, 0);
    ASSERT_EQ(cli_->add_user("jnino", "asesor", "José Niño").status, 0);
    ASSERT_EQ(cli_->add_user("lectura", "consulta", "Supervisión CONAMYPE").status, 0);
    ASSERT_EQ(ana({"import", "empresas", fixture("empresas_centro.csv").string()}).status, 0);
    ASSERT_EQ(ana({"import", "sesiones", fixture("sesiones_centro.csv").string()}).status, 0);
  }
  static void TearDownTestSuite() { cli_.reset(); }
  static RunResult ana(const std::vector<std::string>& args) {
    return cli_->as("ana", kUserPassword, args);
  }
  static std::unique_ptr<Cli> cli_;
};

std::unique_ptr<Cli> CliGoalsIssue::cli_;

TEST_F(CliGoalsIssue, GoalsAreSetByTheDirectorAndShownToAll) {
  RunResult r = ana(
      {"goals", "set", "--year", "2026", "--indicator", "empresas_atendidas", "--value", "480"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("Meta 2026 de «Empresas atendidas»: 480."));
  r = ana({"goals", "set", "--year", "2026", "--indicator", "subsidio_centavos", "--value",
           "25000.50"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("$25,000.50"));

  r = cli_->as("mpena", kUserPassword,
               {"goals", "set", "--year", "2026", "--indicator", "sesiones", "--value", "9"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("no puede definir las metas anuales"));
  r = ana({"goals", "set", "--year", "2026", "--indicator", "visitas", "--value", "9"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err,
              HasSubstr("«visitas» no es un indicador del plan; use uno de: empresas_atendidas"));
  r = ana({"goals", "set", "--year", "26", "--indicator", "sesiones", "--value", "9"});
  EXPECT_EQ(r.status, 2);

  r = cli_->as("lectura", kUserPassword, {"goals", "show", "--year", "2026"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("2026\tempresas_atendidas\t480\tEmpresas atendidas\n"));
  EXPECT_THAT(r.out, HasSubstr("2026\tsubsidio_centavos\t$25,000.50\t"));
}

TEST_F(CliGoalsIssue, IssueOnceReplaceExtractAndCompare) {
  RunResult r = cli_->as("mpena", kUserPassword, {"report", "issue", "--month", "2026-10"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("no puede emitir el informe mensual"));

  r = ana({"report", "issue", "--month", "2026-10"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Informe de 2026-10 emitido."));
  const auto at = r.out.find("SHA-256 del PDF: ");
  ASSERT_NE(at, std::string::npos);
  const std::string hash = r.out.substr(at + 17, 64);

  r = ana({"report", "issue", "--month", "2026-10"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr("ya fue emitido"));
  EXPECT_THAT(r.err, HasSubstr("report issue --month 2026-10 --replace"));

  const auto pdf = cli_->path("emitido.pdf");
  r = cli_->as("lectura", kUserPassword,
               {"report", "show-issued", "--month", "2026-10", "--pdf", pdf.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(hash));
  EXPECT_EQ(sha256_file(pdf), hash);
  EXPECT_THAT(pdf_text(pdf), HasSubstr("Informe mensual — octubre 2026"));

  const auto json = cli_->path("hoy.json"), xlsx = cli_->path("hoy.xlsx");
  r = ana({"report", "monthly", "--month", "2026-10", "--json", json.string(), "--xlsx",
           xlsx.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("las cifras no han cambiado desde entonces"));
  EXPECT_GT(std::filesystem::file_size(xlsx), 4000u);

  // A late session on the month's last day changes the figures.
  const auto late = cli_->path("tarde.csv");
  write_text(late,
             "empresa,asesor,fecha,duracion_min,modalidad,area,tema,acuerdos\n"
             "CH-2026-0001,mpena,2026-10-31,30,virtual,asesoria_tic,Seguimiento,\n");
  ASSERT_EQ(ana({"import", "sesiones", late.string()}).status, 0);
  r = ana({"report", "monthly", "--month", "2026-10", "--json", json.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("desde entonces cambiaron"));
  EXPECT_THAT(r.err, HasSubstr("  sesiones.por_area.asesoria_tic: 1 → 2\n"));

  r = ana({"report", "issue", "--month", "2026-10", "--replace"});  // the flag last
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("versión 2"));
  r = cli_->as("lectura", kUserPassword, {"report", "show-issued"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("2026-10\t"));
  EXPECT_THAT(r.out, HasSubstr("\tana\tversión 2\t"));
}

}  // namespace
}  // namespace cdmype::clitest
