// Replacing the open database with a backup file, after checking the file and keeping the current
// one aside.
#pragma once
#include <filesystem>

namespace cdmype::store {

class Database;

struct RestoreResult {
  std::filesystem::path kept_aside;  // the database as it was before the restore
  int restored_schema_version = 0;   // of the file restored, before upgrading it
};

// Refuses (UserError, Spanish) a source that is missing, the database
// itself, not SQLite, another program's database, empty, newer than this
// program, or that fails PRAGMA integrity_check. Then copies the current
// database into `aside` (a new 0600 file; never overwritten), copies the
// source into `db` with the online backup API (other connections see the
// restored data) and applies pending migrations if the source is older.
RestoreResult restore_from(Database& db, const std::filesystem::path& source,
                           const std::filesystem::path& aside);

// "centro.db" → "centro.db.antes-de-restaurar-20261015-090000" beside it;
// `stamp` is the local time as YYYYMMDD-HHMMSS.
std::filesystem::path aside_path_for(const std::filesystem::path& db_path,
                                     const std::string& stamp);

}  // namespace cdmype::store
