// SummaryReporter and print_summary: the numbers that go into tests/bench/RESULTS.md.
#include "bench_summary.hpp"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

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

// Appends one line to the run's table file, if run.sh asked for one.
void append_to_table_file(const std::string& line) {
  const char* path = std::getenv("CDMYPE_BENCH_TABLE");
  if (!path || !*path) return;
  if (FILE* f = std::fopen(path, "a")) {
    std::fprintf(f, "%s\n", line.c_str());
    std::fclose(f);
  }
}

}  // namespace

void run_and_summarize(const std::function<void(const SummaryReporter&)>& summarize) {
  SummaryReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  summarize(reporter);
  benchmark::Shutdown();
}

const SummaryReporter::Result* slowest(
    const std::vector<SummaryReporter::Result>& runs,
    const std::function<bool(const SummaryReporter::Result&)>& keep) {
  const SummaryReporter::Result* worst = nullptr;
  for (const auto& run : runs)
    if ((!keep || keep(run)) && (!worst || run.cpu_ms > worst->cpu_ms)) worst = &run;
  return worst;
}

double ResultsView::ms(const std::string& name) const {
  const auto it = results_.find(name);
  return it == results_.end() ? -1.0 : it->second.ms;
}

double ResultsView::cpu(const std::string& name) const {
  const auto it = results_.find(name);
  return it == results_.end() ? -1.0 : it->second.cpu_ms;
}

double ResultsView::counter(const std::string& name, const std::string& key) const {
  const auto it = results_.find(name);
  if (it == results_.end()) return -1.0;
  const auto c = it->second.counters.find(key);
  return c == it->second.counters.end() ? -1.0 : c->second;
}

std::string format(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char buffer[512];
  std::vsnprintf(buffer, sizeof buffer, fmt, args);
  va_end(args);
  return buffer;
}

void table_note(const std::string& note) {
  std::printf("\n%s\n", note.c_str());
  append_to_table_file(note);
}

void table_header() { std::printf("\n| Medida | Resultado | Objetivo |\n|---|---|---|\n"); }

void table_row(const std::string& measure, const std::string& result, const std::string& target) {
  const std::string line = "| " + measure + " | " + result + " | " + target + " |";
  std::printf("%s\n", line.c_str());
  append_to_table_file(line);
}

void SummaryReporter::ReportRuns(const std::vector<Run>& runs) {
  ConsoleReporter::ReportRuns(runs);
  for (const auto& run : runs) {
    if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
    Result& r = results_[run.run_name.function_name];
    r.ms = to_ms(run.GetAdjustedRealTime(), run.time_unit);
    r.cpu_ms = to_ms(run.GetAdjustedCPUTime(), run.time_unit);
    for (const auto& [name, counter] : run.counters) r.counters[name] = counter.value;
    r.label = run.report_label;
    all_runs_[run.run_name.function_name].push_back(r);
  }
}

void print_summary(const std::map<std::string, SummaryReporter::Result>& results,
                   const std::string& database_line) {
  const ResultsView r(results);
  table_note(database_line);
  table_header();
  for (const char* name : {"BM_PdfTypicalMonth", "BM_PdfMonthFromDatabase"}) {
    const bool typical = std::string(name) == "BM_PdfTypicalMonth";
    const char* what = typical ? "PDF de un mes típico" : "PDF del mes de la base de prueba";
    const double ms = r.ms(name), kb = r.counter(name, "bytes") / 1024.0;
    table_row(format("%s: tiempo", what), format("%.2f ms (%.2f ms CPU)", ms, r.cpu(name)),
              format("< 100 ms %s", mark(ms >= 0 && ms < 100)));
    table_row(format("%s: tamaño", what),
              format("%.1f KB (%.0f páginas)", kb, r.counter(name, "pages")),
              format("< 200 KB %s", mark(kb >= 0 && kb < 200)));
  }
  const double raw = r.cpu("BM_RawSqlSessionFigures");
  const double raw_all = r.cpu("BM_RawSqlAllFigures");
  const double figures = r.cpu("BM_ComputeMonthlyFigures");
  const double whole = r.cpu("BM_WholeReportMonthly");
  table_row("SQL directo: cifras de sesiones del mes (referencia)", format("%.2f ms CPU", raw),
            "—");
  table_row("compute_monthly_figures",
            format("%.2f ms CPU = %.2f× la referencia", figures, figures / raw),
            format("≤ 3× %s", mark(raw > 0 && figures / raw <= 3.0)));
  table_row("report monthly completo (cifras + JSON + PDF)",
            format("%.2f ms CPU = %.2f× la referencia", whole, whole / raw),
            format("≤ 3× %s", mark(raw > 0 && whole / raw <= 3.0)));
  table_row("SQL directo: todas las cifras que el informe lee de la base",
            format("%.2f ms CPU", raw_all), "—");
  table_row("compute_monthly_figures frente a ese SQL directo",
            format("%.2f×", figures / raw_all), "costo de las capas");
}

}  // namespace cdmype::bench
