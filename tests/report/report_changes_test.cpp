// Comparing two report JSON documents figure by figure (pure; documents written by hand).
#include "report/report_changes.hpp"

#include <gtest/gtest.h>

#include "report/json_flatten.hpp"
#include "report/report_json.hpp"
#include "report_test_support.hpp"

namespace cdmype::report {
namespace {

TEST(JsonFlatten, LeavesWithDottedPathsAndGoalsByIndicator) {
  const auto leaves = flatten_json(R"({"a": {"b": 1, "c": "Citalá \"x\""}, "d": null,
     "metas": [{"indicador": "sesiones", "mes": 3}, {"mes": 4}], "e": {}, "f": []})");
  const FlatJson expected = {{"a.b", "1"},
                             {"a.c", "Citalá \"x\""},
                             {"d", "null"},
                             {"metas.sesiones.indicador", "sesiones"},
                             {"metas.sesiones.mes", "3"},
                             {"metas[1].mes", "4"}};
  EXPECT_EQ(leaves, expected);
  EXPECT_THROW(flatten_json(R"({"a": )"), std::runtime_error);
  EXPECT_THROW(flatten_json(R"({"a": 1} x)"), std::runtime_error);
}

TEST(ReportChanges, ChangedAddedAndRemovedFiguresIgnoringGenerationTime) {
  const auto changes = compare_report_json(
      R"({"generado": "2026-11-03T10:15", "empresas_atendidas": {"total": 71, "por_distrito": {"Citalá": 4}}})",
      R"({"generado": "2026-11-20T08:00", "empresas_atendidas": {"total": 72, "por_distrito": {"La Palma": 1}}})");
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(describe_change(changes[0]), "empresas_atendidas.total: 71 → 72");
  EXPECT_EQ(describe_change(changes[1]),
            "empresas_atendidas.por_distrito.La Palma: (no estaba) → 1");
  EXPECT_EQ(describe_change(changes[2]),
            "empresas_atendidas.por_distrito.Citalá: 4 → (ya no está)");
}

TEST(ReportChanges, TheSameFiguresGeneratedLaterAreUnchanged) {
  auto f = testing::typical_month();
  const std::string before = monthly_json(f);
  f.header.generado = {Date(2026, 12, 1), 7, 45};
  EXPECT_TRUE(compare_report_json(before, monthly_json(f)).empty());
  f.metas[0].acumulado_anual += 1;
  f.metas[0].porcentaje = percent_achieved(f.metas[0].acumulado_anual, f.metas[0].meta_anual);
  const auto changes = compare_report_json(before, monthly_json(f));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(describe_change(changes[0]), "metas.empresas_atendidas.acumulado_anual: 402 → 403");
  EXPECT_EQ(describe_change(changes[1]), "metas.empresas_atendidas.porcentaje: 83.75 → 83.96");
}

}  // namespace
}  // namespace cdmype::report
