// The common frame of a small form dialog: the form grid, then Cancelar and a default OK button
// that runs `save` (as does Enter in each of the given fields); Escape cancels.
#pragma once
#include <wx/dialog.h>

#include <functional>
#include <initializer_list>
#include <string>

class wxButton;
class wxSizer;
class wxTextCtrl;

namespace cdmype::ui {

// Lays out `form` above the buttons, fits and centres `dialog`; returns the OK button.
wxButton* finish_form_dialog(wxDialog* dialog, wxSizer* form, const wxString& ok_label,
                             const std::function<void()>& save,
                             std::initializer_list<wxTextCtrl*> enter_saves);

// A one-line field of such a form showing `value` (UTF-8), with a hint; Enter is passed on.
wxTextCtrl* make_form_line(wxWindow* parent, const std::string& value, const wxString& hint);

}  // namespace cdmype::ui
