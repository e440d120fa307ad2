// First-run wizard, page 1: the center (name, code prefix, operator, departamento, paper size).
#pragma once
#include <wx/wizard.h>

#include <string>
#include <vector>

#include "services/center_service.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

class WizardCenterPage : public wxWizardPageSimple {
 public:
  explicit WizardCenterPage(wxWizard* parent);

  // Copies the fields into `init` (trimmed; prefix upper-cased).
  void fill(services::CenterInit& init) const;
  // Spanish problems with what was typed; empty when the page may be left.
  std::vector<std::string> problems() const;

  wxTextCtrl* center_name() const { return center_name_; }
  wxTextCtrl* prefix() const { return prefix_; }
  wxTextCtrl* operator_name() const { return operator_; }
  wxChoice* departamento() const { return departamento_; }
  wxChoice* paper() const { return paper_; }

 private:
  wxTextCtrl* center_name_;
  wxTextCtrl* prefix_;
  wxTextCtrl* operator_;
  wxChoice* departamento_;
  wxChoice* paper_;
  std::vector<std::string> departamentos_;
};

}  // namespace cdmype::ui
