// Benchmarks of the monthly report: PDF time and size, and the report's figures against raw SQL in
// the same run.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

#include "bench_database.hpp"
#include "bench_summary.hpp"
#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"
#include "report/report_test_support.hpp"
#include "services/workspace.hpp"

namespace cdmype::bench {
namespace {

const report::GeneratedAt kAt{Date(2026, 11, 3), 10, 15};

struct State {
  BenchDatabase db;
  std::optional<services::Workspace> ws;
};

State& state() {
  static State s;
  return s;
}

int pages_of(const std::vector<unsigned char>& pdf) {
  // Each page object carries "/Type /Page" (the tree root says "/Pages").
  const std::string text(pdf.begin(), pdf.end());
  int n = 0;
  for (std::size_t at = text.find("/Type /Page"); at != std::string::npos;
       at = text.find("/Type /Page", at + 1))
    if (text.compare(at, 12, "/Type /Pages") != 0) ++n;
  return n;
}

void BM_PdfTypicalMonth(benchmark::State& st) {
  const auto figures = report::testing::typical_month();
  std::vector<unsigned char> pdf;
  for (auto _ : st) {
    pdf = report::monthly_pdf(figures);
    benchmark::DoNotOptimize(pdf.data());
  }
  st.counters["bytes"] = static_cast<double>(pdf.size());
  st.counters["pages"] = pages_of(pdf);
}
BENCHMARK(BM_PdfTypicalMonth)->Unit(benchmark::kMillisecond);

void BM_PdfMonthFromDatabase(benchmark::State& st) {
  auto& s = state();
  const auto figures = report::compute_monthly_figures(*s.ws, s.db.director, s.db.month, kAt);
  std::vector<unsigned char> pdf;
  for (auto _ : st) {
    pdf = report::monthly_pdf(figures);
    benchmark::DoNotOptimize(pdf.data());
  }
  st.counters["bytes"] = static_cast<double>(pdf.size());
  st.counters["pages"] = pages_of(pdf);
}
BENCHMARK(BM_PdfMonthFromDatabase)->Unit(benchmark::kMillisecond);

// The baseline: the month's session figures (count, minutes, by área, by
// asesor) and distinct enterprises, written by hand with the C API.
void BM_RawSqlSessionFigures(benchmark::State& st) {
  auto& s = state();
  sqlite3* db = s.ws->database().sqlite().getHandle();
  const std::string from = to_iso(s.db.month.first_day()), to = to_iso(s.db.month.last_day());
  const char* queries[] = {
      "SELECT COUNT(*), SUM(duracion_min), COUNT(DISTINCT enterprise_id) FROM advisory_session "
      "WHERE fecha BETWEEN ?1 AND ?2",
      "SELECT area, COUNT(*) FROM advisory_session WHERE fecha BETWEEN ?1 AND ?2 GROUP BY area",
      "SELECT asesor_id, COUNT(*), SUM(duracion_min) FROM advisory_session "
      "WHERE fecha BETWEEN ?1 AND ?2 GROUP BY asesor_id"};
  std::int64_t sink = 0;
  for (auto _ : st) {
    for (const char* sql : queries) {
      sqlite3_stmt* q = nullptr;
      sqlite3_prepare_v2(db, sql, -1, &q, nullptr);
      sqlite3_bind_text(q, 1, from.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(q, 2, to.c_str(), -1, SQLITE_STATIC);
      while (sqlite3_step(q) == SQLITE_ROW) sink += sqlite3_column_int64(q, 1);
      sqlite3_finalize(q);
    }
  }
  benchmark::DoNotOptimize(sink);
}
BENCHMARK(BM_RawSqlSessionFigures)->Unit(benchmark::kMillisecond);

// A second baseline: hand-written SQL for every figure the report computes
// from the database (attended breakdowns in one pass, sessions, new files,
// AT, and the goals' year-to-date totals), to show what the layers cost.
void BM_RawSqlAllFigures(benchmark::State& st) {
  auto& s = state();
  sqlite3* db = s.ws->database().sqlite().getHandle();
  const std::string from = to_iso(s.db.month.first_day()), to = to_iso(s.db.month.last_day());
  const std::string jan1 = to_iso(YearMonth{s.db.month.year, 1}.first_day());
  const std::string born_after = to_iso(s.db.month.last_day() - boost::gregorian::years(30));
  const std::string born_by = to_iso(s.db.month.last_day() - boost::gregorian::years(15));
  const std::string attended =
      "WITH a AS (SELECT DISTINCT enterprise_id AS id FROM advisory_session "
      "WHERE fecha BETWEEN ?1 AND ?2) SELECT e.sector, e.distrito_id, COUNT(*), "
      "SUM(e.liderada_por_mujer), SUM(e.zona = 'rural'), SUM(e.asociativa), "
      "SUM(e.titular_fecha_nacimiento > ?3 AND e.titular_fecha_nacimiento <= ?4) "
      "FROM a JOIN enterprise e ON e.id = a.id JOIN distrito d ON d.id = e.distrito_id "
      "GROUP BY e.sector, e.distrito_id";
  struct Q {
    std::string sql;
    const std::string* from;
  };
  const std::vector<Q> queries = {
      {attended, &from},
      {"SELECT COUNT(*), SUM(duracion_min) FROM advisory_session WHERE fecha BETWEEN ?1 AND ?2",
       &from},
      {"SELECT area, COUNT(*) FROM advisory_session WHERE fecha BETWEEN ?1 AND ?2 GROUP BY area",
       &from},
      {"SELECT u.full_name, COUNT(*), SUM(s.duracion_min) FROM advisory_session s JOIN app_user u "
       "ON u.id = s.asesor_id WHERE s.fecha BETWEEN ?1 AND ?2 GROUP BY s.asesor_id",
       &from},
      {"SELECT COUNT(*) FROM enterprise WHERE fecha_ingreso BETWEEN ?1 AND ?2", &from},
      {"SELECT COUNT(*), SUM(subsidio_centavos) FROM technical_assistance WHERE fecha_aprobacion "
       "BETWEEN ?1 AND ?2 AND estado IN "
       "('aprobada','contratada','en_ejecucion','finalizada','liquidada')",
       &from},
      {"WITH a AS (SELECT DISTINCT enterprise_id AS id FROM advisory_session WHERE fecha BETWEEN "
       "?1 "
       "AND ?2) SELECT COUNT(*), SUM(e.liderada_por_mujer) FROM a JOIN enterprise e ON e.id = a.id",
       &jan1},
      {"SELECT COUNT(*), SUM(duracion_min) FROM advisory_session WHERE fecha BETWEEN ?1 AND ?2",
       &jan1},
      {"SELECT COUNT(*) FROM enterprise WHERE fecha_ingreso BETWEEN ?1 AND ?2", &jan1},
      {"SELECT COUNT(*), SUM(subsidio_centavos) FROM technical_assistance WHERE fecha_aprobacion "
       "BETWEEN ?1 AND ?2 AND estado IN "
       "('aprobada','contratada','en_ejecucion','finalizada','liquidada')",
       &jan1}};
  std::int64_t sink = 0;
  for (auto _ : st) {
    for (const auto& q : queries) {
      sqlite3_stmt* stmt = nullptr;
      sqlite3_prepare_v2(db, q.sql.c_str(), -1, &stmt, nullptr);
      sqlite3_bind_text(stmt, 1, q.from->c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(stmt, 2, to.c_str(), -1, SQLITE_STATIC);
      if (sqlite3_bind_parameter_count(stmt) >= 4) {
        sqlite3_bind_text(stmt, 3, born_after.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 4, born_by.c_str(), -1, SQLITE_STATIC);
      }
      while (sqlite3_step(stmt) == SQLITE_ROW) sink += sqlite3_column_int64(stmt, 0);
      sqlite3_finalize(stmt);
    }
  }
  benchmark::DoNotOptimize(sink);
}
BENCHMARK(BM_RawSqlAllFigures)->Unit(benchmark::kMillisecond);

void BM_ComputeMonthlyFigures(benchmark::State& st) {
  auto& s = state();
  for (auto _ : st) {
    auto f = report::compute_monthly_figures(*s.ws, s.db.director, s.db.month, kAt);
    benchmark::DoNotOptimize(f.sesiones.total);
  }
}
BENCHMARK(BM_ComputeMonthlyFigures)->Unit(benchmark::kMillisecond);

void BM_WholeReportMonthly(benchmark::State& st) {
  auto& s = state();
  for (auto _ : st) {
    auto f = report::compute_monthly_figures(*s.ws, s.db.director, s.db.month, kAt);
    auto json = report::monthly_json(f);
    auto pdf = report::monthly_pdf(f);
    benchmark::DoNotOptimize(json.data());
    benchmark::DoNotOptimize(pdf.data());
  }
}
BENCHMARK(BM_WholeReportMonthly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace cdmype::bench

int main(int argc, char** argv) {
  using namespace cdmype::bench;
  benchmark::Initialize(&argc, argv);
  const long enterprises = enterprises_from_env(10000);
  auto& s = state();
  s.db = bench_database(enterprises);
  s.ws.emplace(cdmype::services::Workspace::open(s.db.path));
  run_and_summarize([&](const SummaryReporter& reporter) {
    print_summary(reporter.results(), "Base de prueba: " + std::to_string(s.db.enterprises) +
                                          " empresas, " + std::to_string(s.db.sessions) +
                                          " sesiones; mes " + s.db.month.to_string() + ".");
  });
  return 0;
}
