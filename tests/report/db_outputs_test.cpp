// A month computed from the database written as PDF, JSON and Excel: the goals table reaches every
// output.
#include <gtest/gtest.h>

#include <regex>

#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"
#include "report/report_xlsx.hpp"
#include "report_db_fixture.hpp"

namespace cdmype::report {
namespace {

using testing::ReportDbTest;

class DbOutputs : public ReportDbTest {
 protected:
  void SetUp() override {
    ReportDbTest::SetUp();
    const auto a = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
    const auto b = enterprise({"Panadería Peña", Sexo::Hombre, Zona::Urbana, "2028-02-10"});
    session(a, "2028-02-03", 60);
    session(a, "2028-03-02", 90);
    session(b, "2028-03-31", 45);
    ws->goals().set(directora, 2028, "empresas_atendidas", 8);
    ws->goals().set(directora, 2028, "subsidio_centavos", 2'500'000);
    figures = compute_monthly_figures(*ws, consulta, {2028, 3}, {Date(2028, 4, 2), 9, 30});
  }
  MonthlyFigures figures;
};

TEST_F(DbOutputs, JsonCarriesTheGoalRows) {
  const std::string json = monthly_json(figures);
  EXPECT_NE(
      json.find("\"indicador\": \"empresas_atendidas\",\n      \"mes\": 2,\n      "
                "\"acumulado_anual\": 2,\n      \"meta_anual\": 8,\n      \"porcentaje\": 25.00"),
      std::string::npos)
      << json;
  EXPECT_NE(json.find("\"meta_anual\": 2500000"), std::string::npos);
}

TEST_F(DbOutputs, PdfShowsGoalsAndKeepsTheSignaturesWithThem) {
  const auto path = dir.path() / "informe.pdf";
  write_monthly_pdf(figures, path);
  const std::string text = testing::pdf_text(path);
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Empresas atendidas\s+2\s+2\s+8\s+25\.0 %)")))
      << text;
  EXPECT_TRUE(std::regex_search(
      text,
      std::regex(
          R"(Subsidio de asistencias técnicas\s+\$0\.00\s+\$0\.00\s+\$25,000\.00\s+0\.0 %)")));
  const auto pages = testing::split_pages(text);
  ASSERT_FALSE(pages.empty());
  const std::string& last = pages.back();
  EXPECT_NE(last.find("Director(a) del CDMYPE"), std::string::npos);
  EXPECT_NE(last.find("Metas del plan anual 2028"), std::string::npos)
      << "the signatures were left alone on the last page";
}

TEST_F(DbOutputs, XlsxIsWrittenWithAGoalsSheet) {
  if (!xlsx_available()) GTEST_SKIP() << "built without libxlsxwriter";
  const auto path = dir.path() / "informe.xlsx";
  write_monthly_xlsx(figures, path);
  ASSERT_TRUE(std::filesystem::exists(path));
  EXPECT_GT(std::filesystem::file_size(path), 4000u);
  const std::string strings = testing::run("unzip -p '" + path.string() + "' xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Subsidio de asistencias técnicas"), std::string::npos);
  EXPECT_NE(strings.find("Citalá"), std::string::npos);  // the distrito of the enterprises
}

}  // namespace
}  // namespace cdmype::report
