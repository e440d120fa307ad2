// Detects a database folder on a network file system, where SQLite's locks and WAL are unreliable.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace cdmype::store {

// The kind of network file system ("NFS", "SMB/CIFS", …) for a statfs f_type,
// or nothing for a local one.
std::optional<std::string> network_filesystem_for_magic(unsigned long f_type);

// The network file system holding `path` (or its folder when the file does not
// exist yet), or nothing when it is local or cannot be told.
std::optional<std::string> network_filesystem_of(const std::filesystem::path& path);

}  // namespace cdmype::store
