// The edge of every event handler: a UserError becomes a Spanish message box, never a crash.
#pragma once
#include <wx/string.h>

#include <functional>

class wxWindow;

namespace cdmype::ui {

// Runs `action`; a cdmype::UserError (PermissionDenied, StaleRecord,
// ValidationFailed with each problem on its own line) is shown to the person
// over `parent`. Anything else unexpected is shown too, worded as an
// internal error. Returns true when `action` finished.
bool guarded(wxWindow* parent, const std::function<void()>& action);

// Shows a Spanish message to the person (a modal message box by default).
void show_error(wxWindow* parent, const wxString& message);

// Replaces how messages are shown (GUI tests record them instead of
// blocking on a modal box); an empty function restores the message box.
using ErrorPresenter = std::function<void(wxWindow* parent, const wxString& message)>;
void set_error_presenter(ErrorPresenter presenter);

}  // namespace cdmype::ui
