// The report's figures come from indexed SQL aggregates: every statement compute_monthly_figures
// runs is checked with EXPLAIN QUERY PLAN.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <regex>
#include <set>

#include "report/monthly_report.hpp"
#include "report_db_fixture.hpp"

namespace cdmype::report {
namespace {

using testing::ReportDbTest;

// Collects the SQL text of every statement that runs on the connection.
int collect(unsigned, void* ctx, void* stmt, void*) {
  auto* out = static_cast<std::set<std::string>*>(ctx);
  if (const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt))) out->insert(sql);
  return 0;
}

std::string plan_of(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  std::string plan;
  if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &st, nullptr) != SQLITE_OK)
    return "(no se pudo preparar: " + std::string(sqlite3_errmsg(db)) + ")";
  while (sqlite3_step(st) == SQLITE_ROW)
    plan += std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 3))) + "\n";
  sqlite3_finalize(st);
  return plan;
}

TEST_F(ReportDbTest, EveryAggregateUsesAnIndexAndSessionRangesUseSessionFecha) {
  const auto e = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
  session(e, "2028-03-02", 60);
  ws->goals().set(directora, 2028, "empresas_atendidas", 10);
  ws->goals().set(directora, 2028, "sesiones", 10);

  sqlite3* db = ws->database().connection().getHandle();
  std::set<std::string> statements;
  sqlite3_trace_v2(db, SQLITE_TRACE_STMT, collect, &statements);
  compute_monthly_figures(*ws, directora, {2028, 3}, {Date(2028, 4, 1), 8, 0});
  sqlite3_trace_v2(db, 0, nullptr, nullptr);

  // A plan line that scans a table growing with the center's work without
  // an index ("SCAN attended" over the CTE's few rows is fine).
  const std::regex full_scan(R"(^SCAN (advisory_session|enterprise|technical_assistance|s|e|t)\b)");
  const auto has_full_scan = [&](const std::string& plan) {
    std::size_t start = 0;
    while (start < plan.size()) {
      const std::size_t end = plan.find('\n', start);
      const std::string line = plan.substr(start, end - start);
      if (std::regex_search(line, full_scan) && line.find("USING") == std::string::npos)
        return true;
      start = end == std::string::npos ? plan.size() : end + 1;
    }
    return false;
  };
  int ranges_on_session_fecha = 0;
  int aggregates = 0;
  for (const auto& sql : statements) {
    if (sql.find("BETWEEN") == std::string::npos) continue;  // settings, goals: small tables
    ++aggregates;
    const std::string plan = plan_of(db, sql);
    EXPECT_FALSE(has_full_scan(plan)) << sql << "\n" << plan;
    if (sql.find("advisory_session") != std::string::npos &&
        sql.find("fecha BETWEEN") != std::string::npos) {
      EXPECT_TRUE(plan.find("INDEX session_fecha") != std::string::npos ||
                  plan.find("INDEX session_asesor") != std::string::npos)
          << sql << "\n"
          << plan;
      if (plan.find("INDEX session_fecha") != std::string::npos) ++ranges_on_session_fecha;
    }
  }
  EXPECT_GE(aggregates, 6);
  EXPECT_GE(ranges_on_session_fecha, 5);
}

}  // namespace
}  // namespace cdmype::report
