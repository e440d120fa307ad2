// Opens the database and wires the services to it.
#include "services/workspace.hpp"

namespace cdmype::services {

Workspace::Workspace(const std::filesystem::path& path, store::OpenMode mode, store::Clock clock)
    : db_(std::make_unique<store::Database>(path, mode)),
      ctx_(std::make_unique<ServiceContext>(ServiceContext{*db_, std::move(clock)})) {}

Workspace Workspace::open(const std::filesystem::path& path, store::Clock clock) {
  return Workspace(path, store::OpenMode::Existing, std::move(clock));
}

Workspace Workspace::create(const std::filesystem::path& path, store::Clock clock) {
  return Workspace(path, store::OpenMode::CreateIfMissing, std::move(clock));
}

}  // namespace cdmype::services
