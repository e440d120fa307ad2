// Opens the database and wires the services to it.
#include "services/workspace.hpp"

namespace cdmype::services {

Workspace::Workspace(const store::DataSource& source, store::OpenMode mode, store::Clock clock)
    : db_(std::make_unique<store::Database>(source, mode)),
      ctx_(std::make_unique<ServiceContext>(ServiceContext{
          *db_, clock ? std::move(clock) : store::database_clock(db_->connection())})) {}

Workspace Workspace::open(const store::DataSource& source, store::Clock clock) {
  return Workspace(source, store::OpenMode::Existing, std::move(clock));
}

Workspace Workspace::create(const store::DataSource& source, store::Clock clock) {
  return Workspace(source, store::OpenMode::CreateIfMissing, std::move(clock));
}

}  // namespace cdmype::services
