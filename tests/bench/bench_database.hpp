// The benchmark's generated center database: demo data at a chosen scale, stored through the
// services.
#pragma once
#include <filesystem>

#include "core/dates.hpp"
#include "core/permissions.hpp"

namespace cdmype::bench {

struct BenchDatabase {
  std::filesystem::path path;
  Actor director;
  YearMonth month;  // the last complete month of the data: what the benchmarks report on
  long enterprises = 0;
  long sessions = 0;
};

// Builds (or reuses) a database of about `enterprises` enterprises with
// their sessions, taken from the national demo data (≈ 10 sessions per
// enterprise over three years). Cached in the build directory by size;
// delete the file to rebuild it.
BenchDatabase bench_database(long enterprises);

}  // namespace cdmype::bench
