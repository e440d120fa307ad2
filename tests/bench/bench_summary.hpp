// Collects the benchmark results of one run and prints the summary table with ratios and targets.
#pragma once
#include <benchmark/benchmark.h>

#include <map>
#include <string>

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
  };
  const std::map<std::string, Result>& results() const { return results_; }

 private:
  std::map<std::string, Result> results_;
};

// The Markdown table of RESULTS.md: PDF time and size against their
// targets, and the report over raw SQL as a ratio measured in this run.
// Ratios use CPU time: on a shared machine wall-clock time mostly measures
// the other processes.
void print_summary(const std::map<std::string, SummaryReporter::Result>& results,
                   const std::string& database_line);

}  // namespace cdmype::bench
