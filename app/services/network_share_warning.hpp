// The warning shown (not a refusal) when a database sits on a network share.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace cdmype::services {

// Spanish warning when `db_path` is on a network file system, nothing otherwise.
// A warning, not a refusal: a center may have no other place today, and the
// app still works; but locks and the write-ahead log are unreliable there.
std::optional<std::string> network_share_warning(const std::filesystem::path& db_path);

}  // namespace cdmype::services
