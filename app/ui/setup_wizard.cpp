// First-run wizard: validates each page before moving on and creates the center on "Finalizar".
#include "ui/setup_wizard.hpp"

#include <wx/sizer.h>

#include "core/errors.hpp"
#include "ui/app_paths.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/wizard_center_page.hpp"
#include "ui/wizard_director_page.hpp"

namespace cdmype::ui {

SetupWizard::SetupWizard(wxWindow* parent, store::DataSource database)
    : wxWizard(parent, wxID_ANY, _("Nuevo centro — CDMYPE Desk")), database_(std::move(database)) {
  center_ = new WizardCenterPage(this);
  director_ = new WizardDirectorPage(this);
  wxWizardPageSimple::Chain(center_, director_);
  GetPageAreaSizer()->Add(center_);
  GetPageAreaSizer()->Add(director_);
  Bind(wxEVT_WIZARD_PAGE_CHANGING, &SetupWizard::on_page_changing, this);
  Bind(wxEVT_WIZARD_PAGE_SHOWN, [this](wxWizardEvent& e) {
    label_buttons();
    e.Skip();
  });
}

void SetupWizard::label_buttons() {
  // wx's own labels ("Next >", "Finish") need the wxstd catalog, which many
  // systems lack; the wizard is the first thing a center sees, so say it in Spanish.
  const bool last = GetCurrentPage() && !GetCurrentPage()->GetNext();
  auto relabel = [this](int id, const wxString& label) {
    if (wxWindow* button = FindWindow(id)) {
      button->SetLabel(label);
      button->SetMinSize(wxDefaultSize);  // let it grow to the new text
      button->SetInitialSize();
    }
  };
  relabel(wxID_BACKWARD, _("< &Atrás"));
  relabel(wxID_FORWARD, last ? _("&Crear el centro") : _("&Siguiente >"));
  relabel(wxID_CANCEL, _("Cancelar"));
  Layout();
}

services::CenterInit SetupWizard::collected() const {
  services::CenterInit init;
  center_->fill(init);
  director_->fill(init);
  return init;
}

DeskContext SetupWizard::create_center() {
  auto problems = center_->problems();
  const auto more = director_->problems();
  problems.insert(problems.end(), more.begin(), more.end());
  if (!problems.empty()) throw ValidationFailed(problems);

  const services::CenterInit init = collected();
  if (database_.is_file()) ensure_parent_directory(database_.file());
  DeskContext ctx;
  ctx.workspace = std::make_unique<services::Workspace>(services::Workspace::create(database_));
  ctx.actor = ctx.workspace->center().initialize(init);
  ctx.source = database_;
  ctx.daily_backup = false;
  ctx.full_name = init.full_name;
  return ctx;
}

void SetupWizard::on_page_changing(wxWizardEvent& event) {
  if (!event.GetDirection()) return;  // going back is always fine
  if (event.GetPage() == center_) {
    if (const auto problems = center_->problems(); !problems.empty()) {
      guarded(this, [&] { throw ValidationFailed(problems); });
      event.Veto();
    }
    return;
  }
  // Finishing: create the database now, so a problem keeps the wizard open.
  const bool ok = guarded(this, [&] { created_ = create_center(); });
  if (!ok) event.Veto();
}

std::optional<DeskContext> SetupWizard::run() {
  if (!RunWizard(center_)) return std::nullopt;
  return std::move(created_);
}

}  // namespace cdmype::ui
