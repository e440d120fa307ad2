// Filling a brand-new database in bulk (the demonstration): fast settings, derived data built once.
#pragma once
#include <string>
#include <vector>

#include "store/sql/connection.hpp"

namespace cdmype::store {

// For a file nobody else has open and that is thrown away if the load fails
// (so crash safety is not needed until finish()). While alive: no fsync, the
// rollback journal in memory, a larger page cache, and the per-row triggers
// that keep the search index and the report aggregates (0001, 0007) dropped,
// with the secondary indexes nothing reads while loading. finish() builds all
// of them once with set-based SQL, recreates triggers and indexes from the exact SQL
// the migrations left, returns to WAL and flushes the file to disk.
// Without finish() the file stays incomplete: the caller must delete it.
// On PostgreSQL both steps do nothing (triggers and indexes stay, so a load
// is correct but row by row); bulk_load.cpp says how the server loads fast.
class BulkLoad {
 public:
  explicit BulkLoad(Connection& db);
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  void finish();

 private:
  Connection& db_;
  std::vector<std::string> deferred_sql_;  // CREATE statements of what was dropped
};

}  // namespace cdmype::store
