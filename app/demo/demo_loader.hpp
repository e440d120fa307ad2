// Creates a demonstration database: generated data stored through the services.
#pragma once
#include <filesystem>
#include <functional>
#include <string>

#include "demo/demo_data.hpp"
#include "services/workspace.hpp"
#include "store/data_source.hpp"

namespace cdmype::demo {

// Step label in Spanish ("Empresas", "Sesiones") and fraction done 0..1;
// return false to cancel (the half-made file is removed).
using DemoProgress = std::function<bool(const std::string& step, double fraction)>;

// True when `path` holds a database this module created (it may be replaced).
bool is_demo_database(const std::filesystem::path& path);

// Creates `path` (replacing an earlier demonstration database there, never
// any other file) with a center, the demo accounts (password kDemoPassword)
// and the generated enterprises and sessions. Returns the director.
Actor create_demo_database(const std::filesystem::path& path, Scale scale,
                           const DemoProgress& progress = {});
// The same in a file or in an empty database on the center's server (a
// server database that holds anything is refused: it is never emptied here).
Actor create_demo_database(const store::DataSource& source, Scale scale,
                           const DemoProgress& progress = {});

}  // namespace cdmype::demo
