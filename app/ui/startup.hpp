// Opening a database for the GUI: sign in, the first-run wizard, or the demonstration center.
#pragma once
#include <filesystem>
#include <optional>

#include "ui/desk_context.hpp"

class wxWindow;

namespace cdmype::ui {

// An initialized database → the sign-in dialog; a missing file, or a file
// or server database without a center → the first-run wizard. nullopt when
// the person cancels or it cannot be opened (the reason has been shown).
std::optional<DeskContext> open_database(wxWindow* parent, const store::DataSource& source);

// Asks where the center's data is (ConnectDialog), then opens it as above;
// nullopt when the person cancels.
std::optional<DeskContext> connect_and_open(wxWindow* parent, const store::DataSource& suggested);

// The full name of the signed-in person when the role may list advisors,
// else the username.
std::string display_name(services::Workspace& ws, const Actor& actor);

}  // namespace cdmype::ui
