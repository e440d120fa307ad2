// The report's figures come from indexed SQL aggregates: every statement compute_monthly_figures
// runs is checked with EXPLAIN QUERY PLAN.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <regex>
#include <set>

#include "report/monthly_report.hpp"
#include "report_db_fixture.hpp"
#include "support/test_postgresql.hpp"

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

TEST_F(ReportDbTest, EveryAggregateUsesAnIndexAndMonthsReadTheAggregateTables) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo SQLite (EXPLAIN QUERY PLAN).";
  const auto e = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
  session(e, "2028-03-02", 60);
  ws->goals().set(directora, 2028, "empresas_atendidas", 10);
  ws->goals().set(directora, 2028, "sesiones", 10);

  sqlite3* db = ws->database().sqlite().getHandle();
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
  // Whole months and the year to date read the trigger-kept aggregate tables
  // (0007_report_aggregates.sql) by their keys, never the sessions.
  const std::regex aggregate_search(R"(SEARCH (session_month_stats|enterprise_attendance|m)\b)");
  int aggregate_reads = 0;
  int aggregates = 0;
  for (const auto& sql : statements) {
    const bool reads_aggregates = sql.find("session_month_stats") != std::string::npos ||
                                  sql.find("enterprise_attendance") != std::string::npos;
    if (sql.find("BETWEEN") == std::string::npos && !reads_aggregates)
      continue;  // settings, goals: small tables
    ++aggregates;
    const std::string plan = plan_of(db, sql);
    EXPECT_FALSE(has_full_scan(plan)) << sql << "\n" << plan;
    EXPECT_EQ(sql.find("advisory_session"), std::string::npos) << sql;
    if (reads_aggregates) {
      EXPECT_TRUE(std::regex_search(plan, aggregate_search)) << sql << "\n" << plan;
      ++aggregate_reads;
    }
  }
  EXPECT_GE(aggregates, 6);
  EXPECT_GE(aggregate_reads, 5);
}

}  // namespace
}  // namespace cdmype::report
