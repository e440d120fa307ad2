// The SQLite engine of store::Connection: one file on this PC, through SQLiteCpp.
#pragma once
#include <SQLiteCpp/Database.h>

#include <filesystem>

#include "store/sql/connection.hpp"
#include "store/sql/db_error.hpp"

namespace cdmype::store {

class SqliteConnection final : public Connection {
 public:
  // Opens the file read-write; a missing file is an error unless `create`
  // (callers decide first whether a new file may be made: store/database.cpp).
  explicit SqliteConnection(const std::filesystem::path& path, bool create = false);
  ~SqliteConnection() override = default;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Engine engine() const override { return Engine::SQLite; }
  std::string describe() const override { return path_.string(); }
  std::unique_ptr<StatementImpl> prepare(std::string_view sql) override;
  void execute_script(std::string_view sql) override;
  void begin_write() override;
  void begin_snapshot() override;
  void commit() override;
  void rollback() noexcept override;
  bool in_transaction() override;
  std::unique_ptr<BulkWriter> bulk_insert(std::string_view table,
                                          const std::vector<std::string>& columns) override;

  // For what only SQLite has (online backup, pragmas, integrity checks): store/sqlite/ only.
  SQLite::Database& raw() { return db_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  SQLite::Database db_;
};

// The SQLite connection behind `c`; std::logic_error on another engine.
SqliteConnection& sqlite_connection(Connection& c);

// A DbError for SQLite's result code `extended` (sqlite3_extended_errcode) and message.
DbError sqlite_error(int extended, std::string message);
DbError sqlite_error(const SQLite::Exception& e);

}  // namespace cdmype::store
