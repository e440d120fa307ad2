// The sign-in dialog: username and password, Spanish errors (wrong password, lockout) inline.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/permissions.hpp"
#include "services/workspace.hpp"

class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

class SignInDialog : public wxDialog {
 public:
  SignInDialog(wxWindow* parent, services::Workspace& ws, const wxString& center_name);

  // Tries the typed credentials; on failure shows the service's message
  // under the fields, clears the password and returns false.
  bool try_sign_in();
  const std::optional<Actor>& actor() const { return actor_; }
  wxString error_text() const;

  wxTextCtrl* username() const { return username_; }
  wxTextCtrl* password() const { return password_; }

 private:
  services::Workspace& ws_;
  wxTextCtrl* username_;
  wxTextCtrl* password_;
  wxStaticText* error_;
  std::optional<Actor> actor_;
};

}  // namespace cdmype::ui
