// Owner-only files (0600): the database, its -wal/-shm companions and backups.
#pragma once
#include <filesystem>

namespace cdmype::store {

// Creates an empty file readable and writable by its owner only; throws
// UserError (Spanish, with the reason) if it exists or cannot be created.
void create_private_file(const std::filesystem::path& path);

// chmod 0600 on `path` and, when present, `path`-wal and `path`-shm.
// Missing files are skipped; failures are ignored (a read-only medium).
void restrict_to_owner(const std::filesystem::path& path);

}  // namespace cdmype::store
