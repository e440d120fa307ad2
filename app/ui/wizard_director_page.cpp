// The director account page of the first-run wizard, with the password policy shown as you type.
#include "ui/wizard_director_page.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/text.hpp"
#include "core/user.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

WizardDirectorPage::WizardDirectorPage(wxWizard* parent) : wxWizardPageSimple(parent) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Cuenta de la directora o el director")), 0, wxBOTTOM, 6);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      _("Con esta cuenta entrará al programa para abrir expedientes, registrar sesiones y "
        "emitir el informe mensual. Guarde la contraseña en un lugar seguro."));
  intro->Wrap(FromDIP(460));
  sizer->Add(intro, 0, wxBOTTOM, 12);

  auto* grid = make_form_grid();
  username_ = new wxTextCtrl(this, wxID_ANY);
  username_->SetHint(_("p. ej. mjpena"));
  add_form_row(grid, this, _("Usuario:"), username_);
  full_name_ = new wxTextCtrl(this, wxID_ANY);
  add_form_row(grid, this, _("Nombre completo:"), full_name_);
  password_ =
      new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
  add_form_row(grid, this, _("Contraseña:"), password_);
  repeat_ =
      new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
  add_form_row(grid, this, _("Repita la contraseña:"), repeat_);
  sizer->Add(grid, 0, wxEXPAND);

  hint_ = new wxStaticText(this, wxID_ANY, wxString());
  sizer->Add(hint_, 0, wxTOP, 10);
  update_hint();
  password_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_hint(); });
  repeat_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_hint(); });
  SetSizerAndFit(sizer);
}

void WizardDirectorPage::update_hint() {
  const std::string pass = to_utf8(password_->GetValue());
  wxString text;
  if (!password_problem(pass).empty())
    text = _("La contraseña debe tener al menos 10 caracteres.");
  else if (password_->GetValue() != repeat_->GetValue())
    text = _("Las dos contraseñas todavía no coinciden.");
  else
    text = _("Contraseña aceptable.");
  hint_->SetLabel(text);
}

void WizardDirectorPage::fill(services::CenterInit& init) const {
  init.username = field_text(username_->GetValue());
  init.full_name = field_text(full_name_->GetValue());
  init.password = to_utf8(password_->GetValue());
  init.role = Role::Director;
}

std::vector<std::string> WizardDirectorPage::problems() const {
  services::CenterInit init;
  fill(init);
  std::vector<std::string> found;
  if (auto p = username_problem(init.username); !p.empty()) found.push_back(p);
  if (trim(init.full_name).empty())
    found.push_back(to_utf8(_("nombre completo: no puede quedar vacío.")));
  if (auto p = password_problem(init.password); !p.empty())
    found.push_back(p);
  else if (password_->GetValue() != repeat_->GetValue())
    found.push_back(
        to_utf8(_("contraseña: las dos contraseñas no coinciden; escríbalas de nuevo.")));
  return found;
}

}  // namespace cdmype::ui
