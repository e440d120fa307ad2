// What every CLI command gets: the terminal, the database path, the acting user and its arguments.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "cli/arguments.hpp"
#include "cli/terminal.hpp"
#include "core/permissions.hpp"
#include "services/workspace.hpp"
#include "store/data_source.hpp"

namespace cdmype::cli {

struct CommandContext {
  Terminal& term;
  store::DataSource db;  // --db: a file, or the center's server (postgresql://…)
  std::optional<std::string> user;  // --user
  Arguments args;                   // the words after the command (subcommand first where there is one)

  services::Workspace open_workspace() const;
  // Signs in as --user with CDMYPE_PASSWORD or a prompt; UsageError without --user.
  Actor sign_in(services::Workspace& ws) const;
  // Progress to stderr, only when it is a terminal (scripts get clean output).
  void progress(const std::string& step, double fraction) const;
};

// The desktop app refuses passwords shorter than the policy; the CLI only
// warns on stderr, so scripts written against it keep working.
void warn_weak_password(const CommandContext& c, const std::string& password);

// The default database: $XDG_DATA_HOME/cdmype-desk/cdmype.db (~/.local/share/…).
std::filesystem::path default_database_path();

}  // namespace cdmype::cli
