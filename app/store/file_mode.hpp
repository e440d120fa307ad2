// Owner-only files (0600): the database, its -wal/-shm companions and backups.
#pragma once
#include <filesystem>

namespace cdmype::store {

// Creates an empty file readable and writable by its owner only; throws
// UserError (Spanish, with the reason) if it exists or cannot be created.
void create_private_file(const std::filesystem::path& path);

// Removes whatever is at `path` (a temporary file left by a crash) and creates
// it again empty and owner-only, so data written next never sits in a file
// others can read. Returns 0, or the errno of the failure.
int recreate_private_file(const std::filesystem::path& path) noexcept;

// chmod 0600 on `path` and, when present, `path`-wal and `path`-shm.
// Missing files are skipped; failures are ignored (a read-only medium).
void restrict_to_owner(const std::filesystem::path& path);

}  // namespace cdmype::store
