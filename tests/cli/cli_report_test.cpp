// End-to-end: `report monthly` figures against numbers worked out by hand from the fixture files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

#include "cli/cli_json.hpp"
#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;

// informe_empresas.csv and informe_sesiones.csv, worked out on paper:
//
//  code  titular  forma             socias/os  zona    sector          distrito (municipio) ingreso
//  0101  mujer    persona_natural   -          rural   agroindustria   Citalá (Norte) 2026-10-01
//  0102  hombre   persona_natural   -          urbana  alim_bebidas    La Palma (Norte) 2026-10-31
//  0103  hombre   cooperativa       4/5        rural   artesanias      Dulce Nombre de María (Ce)
//  2026-09-30 0104  hombre   grupo_asociativo  5/5        rural   cosmetica_nat.  Chalatenango
//  (Sur)         2026-01-15 0105  mujer    sociedad          -          rural   turismo         San
//  Ignacio (Norte)        2026-03-01 0106  hombre   persona_natural   -          urbana  textiles
//  Chalatenango (Sur)         2026-11-01
//
// 0103 is led by a man (4×2 < 9); 0104 by a woman (5×2 ≥ 10, the boundary).
// Only 0101's titular (born 2000) is young. Sessions:
//   Sep: 0105 09-15 40' tic · 0103 09-30 90' empresarial
//   Oct: 0101 10-01 60' empresarial, 10-15 30' tic, 10-31 20' asistencia_tecnica (María Peña)
//        0103 10-01 25' empresarial, 10-10 120' vinculacion; 0102 10-31 45' financiera;
//        0104 10-20 75' empresarialidad_femenina (José Niño)
//   Nov: 0104 11-01 60' empresarial · 0105 11-01 50' capacitacion · 0106 11-02 30' empresarial
class CliReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cli_ = std::make_unique<Cli>();
    cli_->restore("report", [](const Cli& cli) {
      ASSERT_EQ(cli.init().status, 0);
      ASSERT_EQ(cli.add_user("ana", "director", "Ana Peña").status, 0);
      ASSERT_EQ(cli.add_user("mpena", "asesor", "María Peña").status, 0);
      ASSERT_EQ(cli.add_user("jnino", "asesor", "José Niño").status, 0);
      ASSERT_EQ(cli.add_user("lectura", "consulta", "Supervisión CONAMYPE").status, 0);
      for (const char* kind : {"empresas", "sesiones"}) {
        const auto file = fixture(std::string("informe_") + kind + ".csv");
        RunResult r = cli.as("ana", kUserPassword, {"import", kind, file.string()});
        ASSERT_EQ(r.status, 0) << r.err;
      }
      // The supervisor (read-only role) issues the month's files.
      cli.save_result("octubre", cli.as("lectura", kUserPassword,
                                        {"report", "monthly", "--month", "2026-10", "--json",
                                         "octubre.json", "--pdf", "octubre.pdf"}));
    });
    octubre_run_ = cli_->load_result("octubre");
    ASSERT_EQ(octubre_run_.status, 0) << octubre_run_.err;
    octubre_ = Json::parse(read_text(cli_->path("octubre.json")));
  }
  static void TearDownTestSuite() { cli_.reset(); }

  static Json month_json(const std::string& month) {
    const auto file = cli_->path(month + ".json");
    RunResult r = cli_->as("ana", kUserPassword,
                           {"report", "monthly", "--month", month, "--json", file.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    return Json::parse(read_text(file));
  }

  static long long figure(const Json& j, const std::string& path) {
    return j.at_path(path).integer();
  }

  static std::unique_ptr<Cli> cli_;
  static RunResult octubre_run_;
  static Json octubre_;
};

std::unique_ptr<Cli> CliReport::cli_;
RunResult CliReport::octubre_run_;
Json CliReport::octubre_;

TEST_F(CliReport, EnterprisesAttendedInOctober) {
  EXPECT_EQ(octubre_["periodo"].text, "2026-10");
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.total"), 4);   // 0101, 0102, 0103, 0104
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.mujer"), 2);   // 0101, 0104 (5/5)
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.hombre"), 2);  // 0102, 0103 (4/5)
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.rural"), 3);
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.urbana"), 1);
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.asociativa"), 2);
  EXPECT_EQ(figure(octubre_, "empresas_atendidas.joven"), 1);
}

TEST_F(CliReport, EnterprisesAttendedBySectorAndMunicipio) {
  const Json& sector = octubre_.at_path("empresas_atendidas.por_sector");
  EXPECT_EQ(sector["agroindustria"].integer(), 1);
  EXPECT_EQ(sector["alimentos_bebidas"].integer(), 1);
  EXPECT_EQ(sector["artesanias"].integer(), 1);
  EXPECT_EQ(sector["cosmetica_natural"].integer(), 1);
  EXPECT_EQ(sector["turismo"].integer(), 0);  // 0105 had no session in October
  EXPECT_EQ(sector["textiles_confeccion"].integer(), 0);
  const Json& municipio = octubre_.at_path("empresas_atendidas.por_municipio");
  EXPECT_EQ(municipio["Chalatenango Norte"].integer(), 2);
  EXPECT_EQ(municipio["Chalatenango Centro"].integer(), 1);
  EXPECT_EQ(municipio["Chalatenango Sur"].integer(), 1);
}

TEST_F(CliReport, NewEnterprisesCountBothEndsOfTheMonthOnly) {
  EXPECT_EQ(figure(octubre_, "empresas_nuevas"), 2);  // 10-01 and 10-31; not 09-30 nor 11-01
}

TEST_F(CliReport, SessionsOfOctoberByArea) {
  EXPECT_EQ(figure(octubre_, "sesiones.total"), 7);
  EXPECT_EQ(figure(octubre_, "sesiones.minutos"), 60 + 30 + 20 + 25 + 120 + 45 + 75);
  EXPECT_DOUBLE_EQ(octubre_.at_path("sesiones.horas").number, 6.25);
  const Json& area = octubre_.at_path("sesiones.por_area");
  EXPECT_EQ(area["asesoria_empresarial"].integer(), 2);
  EXPECT_EQ(area["asesoria_tic"].integer(), 1);
  EXPECT_EQ(area["empresarialidad_femenina"].integer(), 1);
  EXPECT_EQ(area["asesoria_financiera"].integer(), 1);
  EXPECT_EQ(area["asistencia_tecnica"].integer(), 1);
  EXPECT_EQ(area["vinculacion"].integer(), 1);
  EXPECT_EQ(area["capacitacion"].integer(), 0);
  const Json& asesor = octubre_.at_path("sesiones.por_asesor");
  EXPECT_EQ(asesor.at_path("María Peña.minutos").integer(), 110);
  EXPECT_EQ(asesor.at_path("José Niño.sesiones").integer(), 4);
}

TEST_F(CliReport, NoAssistanceOrReferralsInvented) {
  EXPECT_EQ(figure(octubre_, "asistencias_tecnicas.aprobadas"), 0);
  EXPECT_EQ(figure(octubre_, "asistencias_tecnicas.costo_total_centavos"), 0);
  EXPECT_EQ(figure(octubre_, "asistencias_tecnicas.subsidio_centavos"), 0);
  EXPECT_EQ(figure(octubre_, "asistencias_tecnicas.aporte_empresas_centavos"), 0);
  EXPECT_EQ(figure(octubre_, "asistencias_tecnicas.ponderadas"), 0);
  EXPECT_EQ(figure(octubre_, "remisiones.recibidas"), 0);
  EXPECT_EQ(octubre_.at_path("remisiones.por_distrito").kind, Json::Kind::Object);
}

TEST_F(CliReport, SeptemberAndNovemberTakeTheBoundaryDays) {
  const Json sep = month_json("2026-09");
  EXPECT_EQ(figure(sep, "empresas_atendidas.total"), 2);  // 0103 (09-30), 0105
  EXPECT_EQ(figure(sep, "empresas_atendidas.mujer"), 1);
  EXPECT_EQ(figure(sep, "empresas_atendidas.asociativa"), 1);
  EXPECT_EQ(figure(sep, "empresas_nuevas"), 1);  // 0103
  EXPECT_EQ(figure(sep, "sesiones.total"), 2);
  EXPECT_EQ(figure(sep, "sesiones.minutos"), 130);
  const Json nov = month_json("2026-11");
  EXPECT_EQ(figure(nov, "empresas_atendidas.total"), 3);  // 0104, 0105, 0106
  EXPECT_EQ(figure(nov, "empresas_atendidas.mujer"), 2);
  EXPECT_EQ(figure(nov, "empresas_atendidas.urbana"), 1);
  EXPECT_EQ(figure(nov, "empresas_nuevas"), 1);  // 0106 (11-01)
  EXPECT_EQ(figure(nov, "sesiones.minutos"), 140);
  EXPECT_EQ(figure(nov, "sesiones.por_area.capacitacion"), 1);
}

TEST_F(CliReport, PdfCarriesTheFiguresWithAccents) {
  const std::string text = pdf_text(cli_->path("octubre.pdf"));
  EXPECT_THAT(text, HasSubstr("CDMYPE Chalatenango"));
  EXPECT_THAT(text, HasSubstr("octubre 2026"));
  EXPECT_THAT(text, HasSubstr("Citalá"));
  EXPECT_THAT(text, HasSubstr("Dulce Nombre de María"));
  EXPECT_THAT(text, HasSubstr("José Niño"));
  EXPECT_THAT(text, HasSubstr("Vinculación"));
  EXPECT_THAT(text, HasSubstr("375"));
  EXPECT_THAT(text, HasSubstr("6.25"));
  EXPECT_THAT(text, HasSubstr("Página 1 de "));
}

TEST_F(CliReport, WritesFilesOnlyAndSaysSoOnStderr) {
  EXPECT_EQ(octubre_run_.out, "");
  EXPECT_THAT(octubre_run_.err, HasSubstr("octubre.json"));
  const std::string pdf = read_text(cli_->path("octubre.pdf"));
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
}

TEST_F(CliReport, JsonCanGoToStdoutThroughAPipe) {
  const auto to_stdout = cli_->path("json-a-stdout");
  std::filesystem::create_symlink("/proc/self/fd/1", to_stdout);
  RunResult r = cli_->as("ana", kUserPassword,
                         {"report", "monthly", "--month", "2026-10", "--json", to_stdout.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Json::parse(r.out).at_path("sesiones.minutos").integer(), 375);
  EXPECT_TRUE(std::filesystem::is_symlink(to_stdout));
}

TEST_F(CliReport, BadOrMissingMonthIsMisuse) {
  const std::string json = cli_->path("x.json").string();
  RunResult bad =
      cli_->as("ana", kUserPassword, {"report", "monthly", "--month", "2026-13", "--json", json});
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("«2026-13»"));
  EXPECT_EQ(cli_->as("ana", kUserPassword, {"report", "monthly", "--json", json}).status, 2);
  EXPECT_EQ(cli_->as("ana", kUserPassword, {"report", "monthly", "--month", "2026-10"}).status, 2);
  EXPECT_EQ(cli_->as("ana", kUserPassword, {"report", "anual", "--month", "2026-10"}).status, 2);
  EXPECT_FALSE(std::filesystem::exists(json));
}

}  // namespace
}  // namespace cdmype::clitest
