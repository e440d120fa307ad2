// Choosing one's own password (asked right after sign-in when an administrator set it).
#pragma once
#include <wx/dialog.h>

#include "core/permissions.hpp"
#include "services/workspace.hpp"

class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

class ChangePasswordDialog : public wxDialog {
 public:
  ChangePasswordDialog(wxWindow* parent, services::Workspace& ws, const Actor& actor,
                       const wxString& reason);

  // Checks the fields and changes the password; shows the problem inline
  // and returns false when something is wrong.
  bool try_change();

  wxTextCtrl* current() const { return current_; }
  wxTextCtrl* replacement() const { return replacement_; }
  wxTextCtrl* repeat() const { return repeat_; }
  wxString error_text() const;

 private:
  services::Workspace& ws_;
  Actor actor_;
  wxTextCtrl* current_;
  wxTextCtrl* replacement_;
  wxTextCtrl* repeat_;
  wxStaticText* error_;
};

// After sign-in: when the account must choose its own password, asks for it
// until done. Returns false when the person cancels (the program closes).
bool ensure_own_password(wxWindow* parent, services::Workspace& ws, const Actor& actor);

}  // namespace cdmype::ui
