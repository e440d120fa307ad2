// Collects the benchmark results of one run and prints the summary table with ratios and targets.
#pragma once
#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace cdmype::bench {

// Console output as usual, plus each benchmark's real and CPU time (ms)
// per iteration and its counters, kept for the summary.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override;

  struct Result {
    double ms = 0;      // real (wall-clock) time
    double cpu_ms = 0;  // this process's CPU time, user + system
    std::map<std::string, double> counters;
    std::string label;  // SetLabel's text, e.g. which arguments a run had
  };
  // By function name: the last run of each benchmark.
  const std::map<std::string, Result>& results() const { return results_; }
  // By function name: every run, one per argument set, in order.
  const std::map<std::string, std::vector<Result>>& all_runs() const { return all_runs_; }

 private:
  std::map<std::string, Result> results_;
  std::map<std::string, std::vector<Result>> all_runs_;
};

// Runs the benchmarks benchmark::Initialize selected, keeping their results,
// then lets `summarize` print its rows, and shuts the library down: what
// every benchmark executable's main does after preparing its database.
void run_and_summarize(const std::function<void(const SummaryReporter&)>& summarize);

// Among `runs`, the one `keep` accepts (all by default) that took the most CPU; null when none.
const SummaryReporter::Result* slowest(
    const std::vector<SummaryReporter::Result>& runs,
    const std::function<bool(const SummaryReporter::Result&)>& keep = {});

// Looks results up by benchmark name; a missing one reads as -1.
class ResultsView {
 public:
  explicit ResultsView(const std::map<std::string, SummaryReporter::Result>& results)
      : results_(results) {}
  double ms(const std::string& name) const;
  double cpu(const std::string& name) const;
  double counter(const std::string& name, const std::string& key) const;

 private:
  const std::map<std::string, SummaryReporter::Result>& results_;
};

// printf into a std::string.
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
inline const char* mark(bool met) { return met ? "✓" : "✗"; }

// The one summary table of run.sh. Each executable prints its note and
// rows; when the environment variable CDMYPE_BENCH_TABLE names a file they
// are appended there too, and run.sh prints that file as a single table
// after every executable has run.
void table_note(const std::string& note);
void table_header();
void table_row(const std::string& measure, const std::string& result, const std::string& target);

// The Markdown table of RESULTS.md: PDF time and size against their
// targets, and the report over raw SQL as a ratio measured in this run.
// Ratios use CPU time: on a shared machine wall-clock time mostly measures
// the other processes.
void print_summary(const std::map<std::string, SummaryReporter::Result>& results,
                   const std::string& database_line);

}  // namespace cdmype::bench
