// `cdmype --demo`: the demonstration database, generated with a progress dialog, signed in as its
// director.
#pragma once
#include <optional>

#include "ui/desk_context.hpp"

class wxWindow;

namespace cdmype::ui {

// Reuses the demonstration database made earlier today; otherwise generates
// a fresh one (small scale) at demo_database_path() while a cancellable
// progress dialog runs. nullopt when cancelled or failed (message shown).
std::optional<DeskContext> open_demo(wxWindow* parent);

}  // namespace cdmype::ui
