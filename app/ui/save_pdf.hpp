// Saving a document the program writes (a form to sign, a register) where the person chooses,
// then opening it: one place for the chooser, the error shown and the viewer launched.
#pragma once
#include <wx/string.h>

#include <filesystem>
#include <functional>

class wxWindow;

namespace cdmype::ui {

// Asks where (in the user's documents, `file_name` proposed), runs `write` on the chosen path
// inside the error boundary, and opens the file. False when the person cancelled or it failed.
bool save_and_open_pdf(wxWindow* parent, const wxString& title, const wxString& file_name,
                       const std::function<void(const std::filesystem::path&)>& write);

}  // namespace cdmype::ui
