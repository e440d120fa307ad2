// Timing helpers shared by the benchmarks, header-only so the wx hello-world baseline (which links
// nothing of ours) can use them too.
#pragma once
#include <time.h>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace cdmype::bench {

// This process's CPU time so far (user + system, all threads), in milliseconds. On a shared
// machine it measures our own work where wall-clock time also counts the other processes.
inline double cpu_now_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The nearest-rank percentile of `v`, `p` a fraction (0.95 for p95, 1.0 for the maximum);
// -1 when there are no samples.
inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(v.size()) + 0.999999);
  return v[std::min(v.size(), std::max<std::size_t>(rank, 1)) - 1];
}

}  // namespace cdmype::bench
