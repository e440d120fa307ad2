// Replacing the open database with a backup file, after checking the file and keeping the current
// one aside.
#pragma once
#include <filesystem>
#include <functional>
#include <string>

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

// True when the file at `db_path` exists but SQLite cannot use it: not a
// database at all (garbage in its header pages) or corrupt (an error while
// reading, or PRAGMA quick_check finds problems). False for a sound file, a
// missing one, another program's database or one newer than this program:
// those are refused, never replaced by a restore that cannot open them.
bool too_damaged_to_open(const std::filesystem::path& db_path);

// The restore for when the database at `db_path` cannot be opened, so there
// is no connection and no account to ask. Vets `source` as restore_from does,
// copies it into a new 0600 staging file beside `db_path` and calls
// `accept(staging)`, which upgrades it and decides who may restore; if it
// throws, the staging file is deleted and nothing else has changed. Then the
// damaged file (with its -wal/-shm) is renamed to `aside`, never overwriting
// anything, and the staging file takes its name.
RestoreResult restore_over_damaged(const std::filesystem::path& db_path,
                                   const std::filesystem::path& source,
                                   const std::filesystem::path& aside,
                                   const std::function<void(const std::filesystem::path&)>& accept);

// "centro.db" → "centro.db.antes-de-restaurar-20261015-090000" beside it;
// `stamp` is the local time as YYYYMMDD-HHMMSS.
std::filesystem::path aside_path_for(const std::filesystem::path& db_path,
                                     const std::string& stamp);

}  // namespace cdmype::store
