// The connection to one center's database, on a file or the center's server: open, migrate, seed.
#pragma once
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/data_source.hpp"
#include "store/sql/connection.hpp"
// SQLite file functions (refuse_foreign, apply_connection_pragmas) for the callers that had them here.
#include "store/sqlite/sqlite_open.hpp"

namespace cdmype::store {

enum class OpenMode {
  Existing,         // the file must exist (every command but `init` / the new-center wizard)
  CreateIfMissing,  // create an empty owner-only (0600) file first when there is none
};

// RAII connection. On every open the engine's own checks run first
// (store/sqlite/sqlite_open.hpp: path, header, pragmas, quick_check;
// store/postgresql/pg_open.hpp: reachable, not another program's, not newer),
// then pending migrations are applied in one write transaction, the distrito
// catalog seeded (idempotent) and the Spanish sort keys SQL cannot compute
// filled (store/sort_keys.hpp). On a server an empty database is a new center
// whatever the mode: the server's IT person created it for this.
class Database {
 public:
  explicit Database(const DataSource& source, OpenMode mode = OpenMode::Existing);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // For repositories only (the store is the one place with SQL).
  Connection& connection() { return *conn_; }
  // The SQLite handle, for what only a file has (backup, restore, pragmas);
  // std::logic_error on a server.
  SQLite::Database& sqlite();
  const DataSource& source() const { return source_; }
  Engine engine() const { return source_.engine(); }
  // The SQLite file (empty on a server).
  const std::filesystem::path& path() const { return source_.file(); }

  int schema_version();
  // Applies pending migrations and seeds (done on open; again after a restore
  // brought in a file from an older version).
  void upgrade();
  // True when this open created the file or found the database empty (no
  // center yet is a separate question: see SettingsRepository).
  bool created() const { return created_; }

  static constexpr int kBusyTimeoutMs = kSqliteBusyTimeoutMs;

 private:
  DataSource source_;
  bool created_ = false;
  std::unique_ptr<Connection> conn_;
};

}  // namespace cdmype::store
