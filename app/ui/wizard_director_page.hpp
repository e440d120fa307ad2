// First-run wizard, page 2: the director's account (username, full name, password twice).
#pragma once
#include <wx/wizard.h>

#include <string>
#include <vector>

#include "services/center_service.hpp"

class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

class WizardDirectorPage : public wxWizardPageSimple {
 public:
  explicit WizardDirectorPage(wxWizard* parent);

  // Sets the account fields of `init` (role Director).
  void fill(services::CenterInit& init) const;
  std::vector<std::string> problems() const;

  wxTextCtrl* username() const { return username_; }
  wxTextCtrl* full_name() const { return full_name_; }
  wxTextCtrl* password() const { return password_; }
  wxTextCtrl* repeat() const { return repeat_; }

 private:
  void update_hint();

  wxTextCtrl* username_;
  wxTextCtrl* full_name_;
  wxTextCtrl* password_;
  wxTextCtrl* repeat_;
  wxStaticText* hint_;
};

}  // namespace cdmype::ui
