// SummaryReporter and print_summary: the numbers that go into tests/bench/RESULTS.md.
#include "bench_summary.hpp"

#include <cstdio>

namespace cdmype::bench {
namespace {

double to_ms(double value, benchmark::TimeUnit unit) {
  switch (unit) {
    case benchmark::kNanosecond:
      return value / 1e6;
    case benchmark::kMicrosecond:
      return value / 1e3;
    case benchmark::kMillisecond:
      return value;
    case benchmark::kSecond:
      return value * 1e3;
  }
  return value;
}

}  // namespace

void SummaryReporter::ReportRuns(const std::vector<Run>& runs) {
  ConsoleReporter::ReportRuns(runs);
  for (const auto& run : runs) {
    if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
    Result& r = results_[run.run_name.function_name];
    r.ms = to_ms(run.GetAdjustedRealTime(), run.time_unit);
    r.cpu_ms = to_ms(run.GetAdjustedCPUTime(), run.time_unit);
    for (const auto& [name, counter] : run.counters) r.counters[name] = counter.value;
  }
}

void print_summary(const std::map<std::string, SummaryReporter::Result>& results,
                   const std::string& database_line) {
  const auto ms = [&](const char* name) {
    const auto it = results.find(name);
    return it == results.end() ? -1.0 : it->second.ms;
  };
  const auto cpu = [&](const char* name) {
    const auto it = results.find(name);
    return it == results.end() ? -1.0 : it->second.cpu_ms;
  };
  const auto counter = [&](const char* name, const char* key) {
    const auto it = results.find(name);
    if (it == results.end()) return -1.0;
    const auto c = it->second.counters.find(key);
    return c == it->second.counters.end() ? -1.0 : c->second;
  };
  std::printf("\n%s\n\n", database_line.c_str());
  std::printf("| Medida | Resultado | Objetivo |\n|---|---|---|\n");
  const double typical_ms = ms("BM_PdfTypicalMonth");
  const double typical_kb = counter("BM_PdfTypicalMonth", "bytes") / 1024.0;
  std::printf("| PDF de un mes típico: tiempo | %.2f ms (%.2f ms CPU) | < 100 ms %s |\n",
              typical_ms, cpu("BM_PdfTypicalMonth"),
              typical_ms >= 0 && typical_ms < 100 ? "✓" : "✗");
  std::printf("| PDF de un mes típico: tamaño | %.1f KB (%.0f páginas) | < 200 KB %s |\n",
              typical_kb, counter("BM_PdfTypicalMonth", "pages"),
              typical_kb >= 0 && typical_kb < 200 ? "✓" : "✗");
  const double db_pdf_ms = ms("BM_PdfMonthFromDatabase");
  const double db_pdf_kb = counter("BM_PdfMonthFromDatabase", "bytes") / 1024.0;
  std::printf(
      "| PDF del mes de la base de prueba: tiempo | %.2f ms (%.2f ms CPU) | < 100 ms %s |\n",
      db_pdf_ms, cpu("BM_PdfMonthFromDatabase"), db_pdf_ms >= 0 && db_pdf_ms < 100 ? "✓" : "✗");
  std::printf(
      "| PDF del mes de la base de prueba: tamaño | %.1f KB (%.0f páginas) | < 200 KB %s |\n",
      db_pdf_kb, counter("BM_PdfMonthFromDatabase", "pages"),
      db_pdf_kb >= 0 && db_pdf_kb < 200 ? "✓" : "✗");
  const double raw = cpu("BM_RawSqlSessionFigures");
  const double raw_all = cpu("BM_RawSqlAllFigures");
  const double figures = cpu("BM_ComputeMonthlyFigures");
  const double whole = cpu("BM_WholeReportMonthly");
  std::printf("| SQL directo: cifras de sesiones del mes (referencia) | %.2f ms CPU | — |\n", raw);
  std::printf("| compute_monthly_figures | %.2f ms CPU = %.2f× la referencia | ≤ 3× %s |\n",
              figures, figures / raw, raw > 0 && figures / raw <= 3.0 ? "✓" : "✗");
  std::printf(
      "| report monthly completo (cifras + JSON + PDF) | %.2f ms CPU = %.2f× la referencia | ≤ 3× "
      "%s |\n",
      whole, whole / raw, raw > 0 && whole / raw <= 3.0 ? "✓" : "✗");
  std::printf("| SQL directo: todas las cifras que el informe lee de la base | %.2f ms CPU | — |\n",
              raw_all);
  std::printf("| compute_monthly_figures frente a ese SQL directo | %.2f× | costo de las capas |\n",
              figures / raw_all);
}

}  // namespace cdmype::bench
