// Opening a center's SQLite file: never created by accident, never another program's, pragmas set.
#pragma once
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>

#include "store/sqlite/sqlite_connection.hpp"

namespace cdmype::store {

enum class OpenMode;

// Refuses a folder, a missing file (unless `mode` creates one, 0600), a file
// that is not SQLite, another program's database, a schema newer than this
// program, or (up to 128 MB) a damaged file — each with a Spanish UserError
// naming the path, before anything is written to it. Sets the pragmas.
// `created`: the file was made now or was empty.
struct SqliteOpened {
  std::unique_ptr<SqliteConnection> connection;
  bool created = false;
};
SqliteOpened open_sqlite_file(const std::filesystem::path& path, OpenMode mode);

// Throws UserError (Spanish, naming `path`) unless `db` is empty or a CDMYPE
// Desk database no newer than this program. Reads only.
void refuse_foreign(SQLite::Database& db, const std::filesystem::path& path);

// Per-connection pragmas; also used for backup copies opened for checking.
void apply_connection_pragmas(SQLite::Database& db);

inline constexpr int kSqliteBusyTimeoutMs = 5000;

}  // namespace cdmype::store
