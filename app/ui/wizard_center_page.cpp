// The center page of the first-run wizard.
#include "ui/wizard_center_page.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/valtext.h>

#include "core/territory.hpp"
#include "store/settings_repository.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

WizardCenterPage::WizardCenterPage(wxWizard* parent)
    : wxWizardPageSimple(parent), departamentos_(Territory::el_salvador().departamentos()) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Datos del centro")), 0, wxBOTTOM, 6);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      _("Bienvenida. Esta base de datos todavía no tiene un centro. Escriba los datos del "
        "CDMYPE; aparecerán en los códigos de expediente y en el informe mensual."));
  intro->Wrap(FromDIP(460));
  sizer->Add(intro, 0, wxBOTTOM, 12);

  auto* grid = make_form_grid();
  center_name_ = new wxTextCtrl(this, wxID_ANY);
  center_name_->SetHint(_("p. ej. CDMYPE Chalatenango"));
  add_form_row(grid, this, _("Nombre del centro:"), center_name_);

  prefix_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(90, -1)));
  prefix_->SetMaxLength(6);
  prefix_->ForceUpper();
  prefix_->SetHint(_("p. ej. CH"));
  auto* prefix_row = new wxBoxSizer(wxHORIZONTAL);
  prefix_row->Add(prefix_, 0, wxALIGN_CENTER_VERTICAL);
  prefix_row->Add(new wxStaticText(this, wxID_ANY, _("letras de los códigos: CH-2026-0001")), 0,
                  wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
  add_form_row(grid, this, _("Prefijo de códigos:"), prefix_row);
  prefix_->SetName(_("Prefijo de códigos"));

  operator_ = new wxTextCtrl(this, wxID_ANY);
  operator_->SetHint(_("p. ej. Asociación de Municipios Cayaguanca"));
  add_form_row(grid, this, _("Institución operadora:"), operator_);

  departamento_ = new wxChoice(this, wxID_ANY);
  departamento_->Append(_("— Elija el departamento —"));
  for (const auto& d : departamentos_) departamento_->Append(to_wx(d));
  departamento_->SetSelection(0);
  add_form_row(grid, this, _("Departamento:"), departamento_);

  paper_ = new wxChoice(this, wxID_ANY);
  paper_->Append(_("Carta (Letter)"));
  paper_->Append(_("A4"));
  paper_->SetSelection(0);
  add_form_row(grid, this, _("Papel de los informes:"), paper_);

  sizer->Add(grid, 0, wxEXPAND);
  SetSizerAndFit(sizer);
}

void WizardCenterPage::fill(services::CenterInit& init) const {
  init.center_name = field_text(center_name_->GetValue());
  init.prefix = field_text(prefix_->GetValue().Upper());
  init.operator_name = field_text(operator_->GetValue());
  const int dep = departamento_->GetSelection();
  init.departamento = dep > 0 ? departamentos_[static_cast<size_t>(dep - 1)] : std::string();
  init.paper_size =
      std::string(paper_->GetSelection() == 1 ? store::kPaperA4 : store::kPaperLetter);
}

std::vector<std::string> WizardCenterPage::problems() const {
  services::CenterInit init;
  fill(init);
  store::CenterSettings s;
  s.center_name = init.center_name;
  s.prefix = init.prefix;
  s.operator_name = init.operator_name;
  s.departamento = init.departamento;
  s.paper_size = init.paper_size;
  auto found = services::validate(s);
  if (init.departamento.empty())
    found.push_back(to_utf8(_("departamento: elija el departamento donde trabaja el centro.")));
  return found;
}

}  // namespace cdmype::ui
