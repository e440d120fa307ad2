// What the windows of a signed-in session share: the open database, who is acting, and how it was
// opened.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "core/permissions.hpp"
#include "services/workspace.hpp"
#include "store/data_source.hpp"

namespace cdmype::ui {

// Owned by the main frame; panels and dialogs borrow it and never outlive it.
struct DeskContext {
  DeskContext() : source(std::filesystem::path()) {}
  std::unique_ptr<services::Workspace> workspace;
  Actor actor;
  store::DataSource source;  // the file or the server it was opened from
  std::string full_name;  // of the actor, for the status bar
  bool demo = false;      // shows the DEMOSTRACIÓN banner
  bool daily_backup = false;  // the main window starts the day's backup (DailyBackupStatus)

  services::Workspace& ws() { return *workspace; }
  bool may(Action action) const { return allowed(actor, action); }
};

}  // namespace cdmype::ui
