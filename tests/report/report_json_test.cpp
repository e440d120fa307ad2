// The report's JSON: §3 keys with exact values, fixed vocabularies in full, escaping, null budget.
#include "report/report_json.hpp"

#include <gtest/gtest.h>

#include "report/json_writer.hpp"
#include "report_test_support.hpp"

namespace cdmype::report {
namespace {

using testing::typical_month;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ReportJson, MoneyIsIntegerCentsAndCountsAreIntegers) {
  const std::string j = monthly_json(typical_month());
  EXPECT_TRUE(contains(j, "\"periodo\": \"2026-10\",\n")) << j;
  EXPECT_TRUE(contains(j, "\"subsidio_centavos\": 95480,"));
  EXPECT_TRUE(contains(j, "\"costo_total_centavos\": 100800,"));
  EXPECT_TRUE(contains(j, "\"aporte_empresas_centavos\": 5320,"));
  EXPECT_TRUE(contains(j, "\"ventas_centavos\": 1234567,"));
  EXPECT_TRUE(contains(j, "\"empresas_nuevas\": 7,"));
  EXPECT_TRUE(contains(j, "\"ponderadas\": 4,"));
  EXPECT_TRUE(contains(j, "\"fondo_centavos\": 2500000,"));
  EXPECT_TRUE(contains(j, "\"disponible_centavos\": 2376544\n"));
}

TEST(ReportJson, EnterpriseBlockHasTheKeysOfSection3InOrder) {
  const std::string j = monthly_json(typical_month());
  const std::string block =
      "  \"empresas_atendidas\": {\n"
      "    \"total\": 48,\n"
      "    \"mujer\": 29,\n"
      "    \"hombre\": 19,\n"
      "    \"rural\": 31,\n"
      "    \"urbana\": 17,\n"
      "    \"asociativa\": 6,\n"
      "    \"joven\": 11,\n"
      "    \"por_sector\": {\n"
      "      \"agroindustria\": 12,\n";
  EXPECT_TRUE(contains(j, block)) << j;
  EXPECT_TRUE(contains(j, "\"Citalá\": 9"));  // UTF-8 passes through unescaped
  EXPECT_TRUE(contains(j, "\"otro\": 0\n"));  // sectors listed in full
  // Top-level blocks in the order of §3.
  std::size_t last = 0;
  for (const char* key : {"\"periodo\"", "\"empresas_atendidas\"", "\"empresas_nuevas\"",
                          "\"sesiones\"", "\"asistencias_tecnicas\"", "\"remisiones\"",
                          "\"capacitaciones\"", "\"resultados\"", "\"metas\""}) {
    const std::size_t at = j.find(std::string("\n  ") + key);
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at, last) << key;
    last = at;
  }
}

TEST(ReportJson, PorAreaListsAllSevenAreasWithZeros) {
  const std::string j = monthly_json(typical_month());
  const std::string expected =
      "\"por_area\": {\n"
      "      \"asesoria_empresarial\": 40,\n"
      "      \"asesoria_tic\": 12,\n"
      "      \"empresarialidad_femenina\": 18,\n"
      "      \"asesoria_financiera\": 10,\n"
      "      \"asistencia_tecnica\": 8,\n"
      "      \"vinculacion\": 8,\n"
      "      \"capacitacion\": 0\n"
      "    }";
  EXPECT_TRUE(contains(j, expected)) << j;
  MonthlyFigures empty;
  empty.periodo = {2026, 2};
  const std::string e = monthly_json(empty);
  for (const char* code :
       {"asesoria_empresarial", "asesoria_tic", "empresarialidad_femenina", "asesoria_financiera",
        "asistencia_tecnica", "vinculacion", "capacitacion"})
    EXPECT_TRUE(contains(e, std::string("\"") + code + "\": 0")) << code;
}

TEST(ReportJson, HoursHaveTwoDecimalsAndAsesoresTheirOwnTotals) {
  const std::string j = monthly_json(typical_month());
  EXPECT_TRUE(contains(j, "\"minutos\": 5730,\n    \"horas\": 95.50,"));
  EXPECT_TRUE(contains(j,
                       "\"María Peña\": {\n"
                       "        \"sesiones\": 40,\n"
                       "        \"minutos\": 2400,\n"
                       "        \"horas\": 40.00\n"
                       "      }"))
      << j;
  auto f = typical_month();
  f.sesiones.minutos = 95;  // 1.5833… h → 1.58; 50 min → 0.83
  EXPECT_TRUE(contains(monthly_json(f), "\"horas\": 1.58,"));
  f.sesiones.minutos = 50;
  EXPECT_TRUE(contains(monthly_json(f), "\"horas\": 0.83,"));
}

TEST(ReportJson, BudgetNotSetIsNullAndWeightedReasonsAreListed) {
  auto f = typical_month();
  f.asistencias_tecnicas.presupuesto.reset();
  const std::string j = monthly_json(f);
  EXPECT_TRUE(contains(j, "\"presupuesto\": null\n"));
  EXPECT_TRUE(contains(j,
                       "\"por_motivo\": {\n"
                       "      \"liderada_por_mujer\": 3,\n"
                       "      \"rural\": 1,\n"
                       "      \"asociativa\": 0\n"
                       "    },\n"
                       "    \"finalizadas\": 2,"))
      << j;
  EXPECT_TRUE(contains(j, "\"no_procede\": 1\n"));
}

TEST(ReportJson, GoalsCarryPercentOrNull) {
  const std::string j = monthly_json(typical_month());
  EXPECT_TRUE(contains(j,
                       "    {\n"
                       "      \"indicador\": \"empresas_atendidas\",\n"
                       "      \"mes\": 48,\n"
                       "      \"acumulado_anual\": 402,\n"
                       "      \"meta_anual\": 480,\n"
                       "      \"porcentaje\": 83.75\n"
                       "    },"))
      << j;
  EXPECT_TRUE(contains(j, "\"meta_anual\": 0,\n      \"porcentaje\": null\n"));
  MonthlyFigures none;
  none.periodo = {2026, 1};
  EXPECT_TRUE(contains(monthly_json(none), "\"metas\": []\n}"));
}

TEST(ReportJson, StringsAreEscaped) {
  EXPECT_EQ(json_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_quote("línea 1\nlínea 2\r\t"), "\"línea 1\\nlínea 2\\r\\t\"");
  EXPECT_EQ(json_quote(std::string("x\x01y\x1f", 4)), "\"x\\u0001y\\u001f\"");
  EXPECT_EQ(json_quote("Peña — “Niño”"), "\"Peña — “Niño”\"");
  EXPECT_EQ(json_quote("Pe\xF1"
                       "a"),
            "\"Pe\\ufffda\"");  // Latin-1 byte: still valid JSON
  auto f = typical_month();
  f.header.centro = "CDMYPE \"Norte\"\nSede 2";
  f.sesiones.por_asesor = {{"O'Brien \\ Ramos", {1, 30}}};
  const std::string j = monthly_json(f);
  EXPECT_TRUE(contains(j, "\"centro\": \"CDMYPE \\\"Norte\\\"\\nSede 2\","));
  EXPECT_TRUE(contains(j, "\"O'Brien \\\\ Ramos\": {"));
}

TEST(ReportJson, WriterRefusesUnbalancedDocuments) {
  JsonWriter w;
  w.begin_object().member("a", 1);
  EXPECT_THROW((void)w.str(), std::logic_error);
  EXPECT_THROW(w.value(2), std::logic_error);  // a value needs a key inside an object
  w.end_object();
  EXPECT_EQ(w.str(), "{\n  \"a\": 1\n}\n");
}

TEST(ReportJson, FileIsWrittenWhole) {
  testing::TempDir dir;
  const auto path = dir.path() / "informe.json";
  write_monthly_json(typical_month(), path);
  std::ifstream in(path, std::ios::binary);
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, monthly_json(typical_month()));
  EXPECT_FALSE(std::filesystem::exists(path.string() + ".tmp"));
}

}  // namespace
}  // namespace cdmype::report
