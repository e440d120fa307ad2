// The first-run wizard: center data and director account, then the new database, signed in.
#pragma once
#include <wx/wizard.h>

#include <filesystem>
#include <optional>

#include "services/center_service.hpp"
#include "ui/desk_context.hpp"

namespace cdmype::ui {

class WizardCenterPage;
class WizardDirectorPage;

class SetupWizard : public wxWizard {
 public:
  SetupWizard(wxWindow* parent, store::DataSource database);

  // Shows the wizard; the database is created when the person presses
  // "Finalizar" and everything is valid. nullopt when cancelled.
  std::optional<DeskContext> run();

  // Everything typed so far.
  services::CenterInit collected() const;
  // Creates and initializes the database from what was typed; UserError
  // (shown by the caller) when something is invalid.
  DeskContext create_center();

  WizardCenterPage* center_page() const { return center_; }
  WizardDirectorPage* director_page() const { return director_; }

 private:
  void on_page_changing(wxWizardEvent& event);
  void label_buttons();

  store::DataSource database_;
  WizardCenterPage* center_;
  WizardDirectorPage* director_;
  std::optional<DeskContext> created_;
};

}  // namespace cdmype::ui
