// A new account: username, full name, role and a first password the person changes at sign-in.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/user.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;

class UserDialog : public wxDialog {
 public:
  UserDialog(wxWindow* parent, DeskContext& ctx);

  // Adds the account through UserService (problems shown, dialog kept); wxID_OK on success.
  std::optional<User> save();

  wxTextCtrl* username() const { return username_; }
  wxTextCtrl* full_name() const { return full_name_; }
  wxChoice* role() const { return role_; }
  wxTextCtrl* password() const { return password_; }

 private:
  DeskContext& ctx_;
  wxTextCtrl* username_;
  wxTextCtrl* full_name_;
  wxChoice* role_;
  wxTextCtrl* password_;
};

}  // namespace cdmype::ui
