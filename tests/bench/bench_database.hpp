// The benchmark's generated center database: demo data at a chosen scale, stored through the
// services.
#pragma once
#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "services/workspace.hpp"
#include "store/data_source.hpp"

namespace cdmype::bench {

struct BenchDatabase {
  std::filesystem::path path;  // the cached SQLite file
  // Where the benchmark reads: the file, or the server named by
  // CDMYPE_BENCH_SERVER (a postgresql:// URI of an empty database, filled
  // once with copy-to's copy of the file; later runs reuse it).
  store::DataSource source;
  Actor director;
  YearMonth month;  // the last complete month of the data: what the benchmarks report on
  long enterprises = 0;
  long sessions = 0;
};

// The size asked for in CDMYPE_BENCH_ENTERPRISES, or `fallback`.
long enterprises_from_env(long fallback);

// The center every bench database starts from: admin, a director and eight
// asesores (asesor1…asesor8), all with one password.
struct BenchCenter {
  Actor director;
  std::vector<std::int64_t> asesores;
};
BenchCenter create_bench_center(services::Workspace& ws);

// Builds (or reuses) a database of about `enterprises` enterprises with
// their sessions, taken from the national demo data (≈ 10 sessions per
// enterprise over three years). Cached in the build directory by size;
// delete the file to rebuild it.
BenchDatabase bench_database(long enterprises);

}  // namespace cdmype::bench
