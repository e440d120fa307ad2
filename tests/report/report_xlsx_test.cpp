// The Excel workbook: one sheet per section, real numbers (money in dollars), accents intact.
#include "report/report_xlsx.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "report_test_support.hpp"

namespace cdmype::report {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ReportXlsx, SheetsPerSectionWithNumbersAndAccents) {
  if (!xlsx_available()) GTEST_SKIP() << "built without libxlsxwriter";
  testing::TempDir dir;
  const auto path = dir.path() / "informe.xlsx";
  write_monthly_xlsx(testing::typical_month(), path);
  ASSERT_TRUE(std::filesystem::exists(path));
  EXPECT_FALSE(std::filesystem::exists(path.string() + ".tmp"));
  const std::string p = path.string();
  const std::string workbook = testing::run("unzip -p '" + p + "' xl/workbook.xml");
  for (const char* sheet : {"Resumen", "Empresas", "Sesiones", "Asistencias técnicas", "Remisiones",
                            "Capacitaciones", "Resultados", "Metas"})
    EXPECT_TRUE(contains(workbook, std::string("name=\"") + sheet + "\"")) << sheet;
  const std::string strings = testing::run("unzip -p '" + p + "' xl/sharedStrings.xml");
  for (const char* text : {"Citalá", "María Peña", "José Niño", "Informe mensual — octubre 2026"})
    EXPECT_TRUE(contains(strings, text)) << text;
  // Sheet 4 is "Asistencias técnicas": the subsidy is the number 954.8, not text.
  const std::string at_sheet = testing::run("unzip -p '" + p + "' xl/worksheets/sheet4.xml");
  EXPECT_TRUE(contains(at_sheet, "<v>954.8</v>")) << at_sheet.substr(0, 2000);
  EXPECT_TRUE(contains(at_sheet, "<v>25000</v>"));
}

TEST(ReportXlsx, UnwritablePathIsAUserError) {
  testing::TempDir dir;
  EXPECT_THROW(write_monthly_xlsx(testing::typical_month(), dir.path() / "nope" / "x.xlsx"),
               UserError);
}

}  // namespace
}  // namespace cdmype::report
