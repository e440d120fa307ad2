// Where the databases live: the remembered one, the default and the demonstration file.
#pragma once
#include <filesystem>
#include <optional>

#include "store/data_source.hpp"

namespace cdmype::ui {

// <user data dir>/cdmype.db: $XDG_DATA_HOME/cdmype (~/.local/share/cdmype) on Linux.
std::filesystem::path default_database_path();
// <user data dir>/demo.db, never the real database.
std::filesystem::path demo_database_path();

// Where the center's data was opened last (wxConfig "/database/last": a
// file path or a server URI), or nullopt on the first start.
std::optional<store::DataSource> last_data_source();
void remember_data_source(const store::DataSource& source);

// Makes wxConfig a file under $XDG_CONFIG_HOME/cdmype/ (created when
// missing, so the first run can remember things).
void install_config();

// Creates the parent directory of `path` (owner-only) when missing.
void ensure_parent_directory(const std::filesystem::path& path);

}  // namespace cdmype::ui
