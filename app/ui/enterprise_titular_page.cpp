// The titular tab: DUI checked as you type (core dui_problem), members for associative forms.
#include "ui/enterprise_titular_page.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/identity.hpp"
#include "ui/code_choice.hpp"
#include "ui/date_field.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString yes_no(bool value) { return value ? _("sí") : _("no"); }

}  // namespace

EnterpriseTitularPage::EnterpriseTitularPage(wxWindow* parent) : wxPanel(parent) {
  auto* grid = make_form_grid();
  nombre_ = new wxTextCtrl(this, wxID_ANY);
  nombre_->SetHint(_("Nombre completo de la persona titular o representante"));
  add_form_row(grid, this, _("Nombre:"), nombre_);

  dui_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(130, -1)));
  dui_->SetHint(_("01234567-8"));
  dui_->SetMaxLength(12);
  dui_message_ = make_field_message(this);
  auto* dui_row = new wxBoxSizer(wxHORIZONTAL);
  dui_row->Add(dui_, 0, wxALIGN_CENTER_VERTICAL);
  dui_row->Add(dui_message_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
  add_form_row(grid, this, _("DUI:"), dui_row);
  dui_->SetName(_("DUI"));
  dui_->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
    check_dui();
    e.Skip();
  });

  sexo_ = make_code_choice<Sexo>(this);
  add_form_row(grid, this, _("Sexo:"), sexo_, {.fill = false});
  nacimiento_ = new DateField(this);
  add_form_row(grid, this, _("Fecha de nacimiento:"), nacimiento_, {.fill = false});
  discapacidad_ = new wxCheckBox(this, wxID_ANY, _("Tiene alguna discapacidad"));
  sensitive_labels_[0] = add_form_row(grid, this, wxString(), discapacidad_);
  retornado_ = new wxCheckBox(this, wxID_ANY, _("Persona retornada al país"));
  sensitive_labels_[1] = add_form_row(grid, this, wxString(), retornado_);
  discapacidad_->SetToolTip(_("Dato sensible: solo con el consentimiento expreso de la persona "
                              "(pestaña Consentimiento, «Datos sensibles»)"));
  retornado_->SetToolTip(discapacidad_->GetToolTipText());
  sensitive_note_ = new wxStaticText(
      this, wxID_ANY,
      _("Discapacidad y condición de retorno: reservadas a la dirección y al asesor del "
        "expediente."));
  sensitive_note_->Hide();
  sensitive_labels_[2] = add_form_row(grid, this, wxString(), sensitive_note_);
  sensitive_labels_[2]->Hide();

  socias_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 0, 100000, 0);
  socios_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 0, 100000, 0);
  socias_->SetName(_("Socias"));
  socios_->SetName(_("Socios"));
  auto* members = new wxBoxSizer(wxHORIZONTAL);
  members->Add(new wxStaticText(this, wxID_ANY, _("socias")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
               4);
  members->Add(socias_, 0, wxRIGHT, 10);
  members->Add(new wxStaticText(this, wxID_ANY, _("socios")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
               4);
  members->Add(socios_, 0);
  add_form_row(grid, this, _("Integrantes:"), members);

  auto* note = new wxStaticText(
      this, wxID_ANY,
      _("Cuente socias y socios en cooperativas, asociaciones y grupos asociativos."));
  note->SetForegroundColour(wxColour(80, 80, 80));
  derived_ = new wxStaticText(this, wxID_ANY, wxString());

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(grid, 0, wxEXPAND | wxALL, 12);
  sizer->Add(note, 0, wxLEFT | wxRIGHT, 12);
  sizer->Add(derived_, 0, wxALL, 12);
  SetSizer(sizer);
}

void EnterpriseTitularPage::check_dui() {
  const std::string text = field_text(dui_->GetValue());
  set_field_message(dui_message_, text.empty() ? wxString() : to_wx(dui_problem(text)));
}

void EnterpriseTitularPage::show(const Enterprise& e) {
  nombre_->ChangeValue(to_wx(e.titular.nombre));
  dui_->ChangeValue(to_wx(e.titular.dui));
  check_dui();
  select_code(sexo_, e.titular.sexo, false);
  nacimiento_->set_date(e.titular.fecha_nacimiento);
  discapacidad_->SetValue(e.titular.discapacidad);
  retornado_->SetValue(e.titular.retornado);
  socias_->SetValue(e.socias);
  socios_->SetValue(e.socios);
  show_derived(e);
}

std::vector<wxString> EnterpriseTitularPage::collect(Enterprise& e) const {
  std::vector<wxString> problems;
  e.titular.nombre = field_text(nombre_->GetValue());
  const std::string dui = field_text(dui_->GetValue());
  if (dui.empty()) {
    e.titular.dui.clear();
  } else if (const auto canonical = normalize_dui(dui)) {
    e.titular.dui = *canonical;
  } else {
    e.titular.dui = dui;  // the service words the problem with the field name
  }
  e.titular.sexo = *chosen<Sexo>(sexo_, false);
  if (const auto p = nacimiento_->problem(_("fecha de nacimiento")); !p.empty())
    problems.push_back(p);
  e.titular.fecha_nacimiento = nacimiento_->date();
  e.titular.discapacidad = discapacidad_->GetValue();
  e.titular.retornado = retornado_->GetValue();
  e.socias = socias_->GetValue();
  e.socios = socios_->GetValue();
  return problems;
}

void EnterpriseTitularPage::show_derived(const Enterprise& e) {
  derived_->SetLabel(wxString::Format(_("Liderada por mujer: %s · Empresa asociativa: %s · "
                                        "Titular joven (15 a 29 años): %s"),
                                      yes_no(is_liderada_por_mujer(e)),
                                      yes_no(is_asociativa(e.forma_juridica)),
                                      yes_no(is_joven(e, today()))));
  Layout();
}

void EnterpriseTitularPage::set_sensitive_visible(bool visible) {
  // Whole rows, labels too, so no empty rows are left where the boxes were.
  discapacidad_->Show(visible);
  retornado_->Show(visible);
  sensitive_labels_[0]->Show(visible);
  sensitive_labels_[1]->Show(visible);
  sensitive_note_->Show(!visible);
  sensitive_labels_[2]->Show(!visible);
  Layout();
}

}  // namespace cdmype::ui
