// The connection to one CDMYPE database file: opening, pragmas, migrations, version checks.
#pragma once
#include <SQLiteCpp/Database.h>

#include <memory>
#include "store/sqlite/sqlite_connection.hpp"

#include <filesystem>
#include <string>

namespace cdmype::store {

enum class OpenMode {
  Existing,         // the file must exist (every command but `init` / the new-center wizard)
  CreateIfMissing,  // create an empty owner-only (0600) file first when there is none
};

// RAII connection. On every open: busy_timeout=5000, journal_mode=WAL,
// synchronous=FULL (a saved record must survive a power cut), foreign_keys=ON,
// temp_store=MEMORY;
// a file that is not SQLite, not ours, or newer than this program is refused
// with a Spanish UserError before anything is written to it; PRAGMA
// quick_check on an existing database; pending migrations applied in one
// BEGIN IMMEDIATE transaction; the distrito catalog seeded (idempotent); the
// Spanish sort keys SQL cannot compute filled (store/sort_keys.hpp).
class Database {
 public:
  explicit Database(const std::filesystem::path& path, OpenMode mode = OpenMode::Existing);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // For repositories only (the store is the one place with SQL).
  Connection& connection() { return *conn_; }
  // The SQLite handle, for code not yet moved to Connection.
  SQLite::Database& sqlite() { return conn_->raw(); }
  const std::filesystem::path& path() const { return path_; }

  int schema_version();
  // Applies pending migrations and seeds (done on open; again after a restore
  // brought in a file from an older version).
  void upgrade();
  // True when this open created the file or found it empty (no center yet
  // is a separate question: see SettingsRepository).
  bool created() const { return created_; }

  static constexpr int kBusyTimeoutMs = 5000;

 private:
  std::filesystem::path path_;
  bool created_ = false;
  std::unique_ptr<SqliteConnection> conn_;
};

// Throws UserError (Spanish, naming `path`) unless `db` is empty or a CDMYPE
// Desk database no newer than this program. Reads only.
void refuse_foreign(SQLite::Database& db, const std::filesystem::path& path);

// Per-connection pragmas; also used for backup copies opened for checking.
void apply_connection_pragmas(SQLite::Database& db);

}  // namespace cdmype::store
