// Online backup to a new owner-only file with SQLite's backup API, verified by integrity_check.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>

namespace cdmype::store {

class Database;

struct BackupResult {
  std::filesystem::path path;
  std::int64_t pages = 0;
  std::uintmax_t bytes = 0;
};

// Called after each step (the last one with done == total) with pages copied
// and total, and again with done == total now and then while the copy is
// verified; return false to cancel: the copy is deleted and UserError
// ("Copia de seguridad cancelada; …") is thrown.
using BackupProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// UserError (Spanish) when `dest` exists: a backup never overwrites a file. Checked again by
// every writer; callers with long work ahead check it first.
void refuse_existing_backup(const std::filesystem::path& dest);

// Copies `db` (including commits still in its -wal file) into a new file
// `dest`, mode 0600, then runs PRAGMA integrity_check on the copy. Refuses an
// existing destination (never overwrites) and deletes a copy that fails the
// check. Other programs may keep writing meanwhile (WAL); the copy is the
// database as it was when the copy started.
// On the center's server the copy is a new SQLite file holding the whole
// center, compared table by table with the server before it is kept.
BackupResult backup_to(Database& db, const std::filesystem::path& dest,
                       const BackupProgress& progress = {});

// The same online copy without the integrity check: keeps a possibly damaged
// database aside before a restore replaces it (its worth is judged later).
BackupResult copy_aside(Database& db, const std::filesystem::path& dest);

}  // namespace cdmype::store
