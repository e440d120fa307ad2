// A bare store::Connection on the engine the test run is for (SQLite file, or a scratch PostgreSQL database).
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "store/data_source.hpp"
#include "store/sql/connection.hpp"
#include "support/temp_dir.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::testing_support {

// An empty database of the run's engine, removed with the object.
class EngineConnection {
 public:
  EngineConnection();
  ~EngineConnection();
  store::Connection& connection() { return *connection_; }
  // Another connection to the same database (another seat, another process's view).
  std::unique_ptr<store::Connection> open_second();
  // Where it is, as the program names it (a file path or a postgresql:// URI).
  store::DataSource source() const { return store::DataSource::parse(source_); }
  // The column type for bytes on this engine (BLOB / BYTEA).
  const char* blob_type() const;

 private:
  TempDir dir_;
  std::string source_;  // the file path or the postgresql:// URI
  std::optional<ScratchPostgresDatabase> scratch_;
  std::unique_ptr<store::Connection> connection_;
};

}  // namespace cdmype::testing_support
