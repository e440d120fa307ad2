// The "Datos" tab: two columns of fields plus notes; NIT checked as you type.
#include "ui/enterprise_data_page.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/enterprise_size.hpp"
#include "core/identity.hpp"
#include "core/money.hpp"
#include "ui/code_choice.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/distrito_picker.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxSpinCtrl* make_count(wxWindow* parent) {
  auto* spin = new wxSpinCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxSP_ARROW_KEYS, 0, 100000, 0);
  return spin;
}

}  // namespace

EnterpriseDataPage::EnterpriseDataPage(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx) {
  auto* columns = new wxBoxSizer(wxHORIZONTAL);
  columns->Add(build_identity(), 1, wxEXPAND | wxRIGHT, 18);
  columns->Add(build_place_and_size(), 1, wxEXPAND);

  notas_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 70)),
                          wxTE_MULTILINE);
  notas_->SetName(_("Notas"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(columns, 0, wxEXPAND | wxALL, 12);
  sizer->Add(new wxStaticText(this, wxID_ANY, _("Notas:")), 0, wxLEFT | wxRIGHT, 12);
  sizer->Add(notas_, 1, wxEXPAND | wxALL, 12);
  SetSizer(sizer);
}

wxWindow* EnterpriseDataPage::build_identity() {
  auto* panel = new wxPanel(this);
  auto* grid = make_form_grid();
  codigo_ =
      new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_READONLY);
  add_form_row(grid, panel, _("Código:"), codigo_);
  nombre_ = new wxTextCtrl(panel, wxID_ANY);
  nombre_->SetHint(_("Nombre comercial"));
  add_form_row(grid, panel, _("Nombre:"), nombre_);
  forma_ = make_code_choice<FormaJuridica>(panel);
  add_form_row(grid, panel, _("Forma jurídica:"), forma_);
  sector_ = make_code_choice<Sector>(panel);
  add_form_row(grid, panel, _("Sector:"), sector_);
  fecha_ingreso_ = new DateField(panel);
  add_form_row(grid, panel, _("Fecha de ingreso:"), fecha_ingreso_, {.fill = false});
  fuente_ = make_code_choice<Fuente>(panel);
  add_form_row(grid, panel, _("Fuente:"), fuente_);
  asesor_ = new wxChoice(panel, wxID_ANY);
  asesor_->Append(_("(sin asignar)"));
  for (const auto& u : ctx_.ws().users().advisors(ctx_.actor)) {
    asesor_->Append(to_wx(u.full_name));
    asesor_ids_.push_back(u.id);
  }
  asesor_->SetSelection(0);
  add_form_row(grid, panel, _("Asesor(a):"), asesor_);
  estado_ = make_code_choice<EstadoEmpresa>(panel);
  add_form_row(grid, panel, _("Estado:"), estado_);
  panel->SetSizer(grid);
  return panel;
}

wxWindow* EnterpriseDataPage::build_place_and_size() {
  auto* panel = new wxPanel(this);
  auto* grid = make_form_grid();
  distrito_ = new DistritoPicker(panel, ctx_.ws().center().settings().departamento);
  add_form_row(grid, panel, _("Distrito:"), distrito_, {.top_label = true});
  zona_ = make_code_choice<Zona>(panel);
  add_form_row(grid, panel, _("Zona:"), zona_);

  empleadas_ = make_count(panel);
  empleados_ = make_count(panel);
  empleadas_->SetName(_("Empleadas (mujeres)"));
  empleados_->SetName(_("Empleados (hombres)"));
  auto* staff = new wxBoxSizer(wxHORIZONTAL);
  staff->Add(new wxStaticText(panel, wxID_ANY, _("mujeres")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
             4);
  staff->Add(empleadas_, 0, wxRIGHT, 10);
  staff->Add(new wxStaticText(panel, wxID_ANY, _("hombres")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
             4);
  staff->Add(empleados_, 0);
  add_form_row(grid, panel, _("Personal:"), staff);

  ventas_ = new wxTextCtrl(panel, wxID_ANY);
  ventas_->SetHint(_("p. ej. 12500.00"));
  add_form_row(grid, panel, _("Ventas anuales (US$):"), ventas_);
  // Derived, never typed: recomputed as sales and staff change.
  size_rules_ = ctx_.ws().minimum_wages().rules(ctx_.actor);
  tamano_ = new wxStaticText(panel, wxID_ANY, wxString());
  tamano_->SetName(_("Tamaño"));
  tamano_->SetToolTip(
      _("Según la Ley MYPE y el salario mínimo vigentes hoy, con las ventas anuales y el "
        "personal declarados"));
  add_form_row(grid, panel, _("Tamaño:"), tamano_);
  ventas_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { show_size(); });
  empleadas_->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { show_size(); });
  empleados_->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { show_size(); });

  nit_ = new wxTextCtrl(panel, wxID_ANY);
  // A natural person's NIT is their DUI (homologation), so both forms are taken.
  nit_->SetHint(_("0614-010190-101-3 o el DUI 01234567-8"));
  nit_message_ = make_field_message(panel);
  auto* nit_row = new wxBoxSizer(wxVERTICAL);
  nit_row->Add(nit_, 0, wxEXPAND);
  nit_row->Add(nit_message_, 0, wxTOP, 2);
  add_form_row(grid, panel, _("NIT:"), nit_row);
  nit_->SetName(_("NIT"));
  nit_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check_nit(); });

  nrc_ = new wxTextCtrl(panel, wxID_ANY);
  add_form_row(grid, panel, _("NRC:"), nrc_);

  registro_sanitario_ = new wxCheckBox(panel, wxID_ANY, _("Registro sanitario"));
  marca_ = new wxCheckBox(panel, wxID_ANY, _("Marca"));
  codigo_barras_ = new wxCheckBox(panel, wxID_ANY, _("Código de barras"));
  auto* milestones = new wxBoxSizer(wxHORIZONTAL);
  milestones->Add(registro_sanitario_, 0, wxRIGHT, 10);
  milestones->Add(marca_, 0, wxRIGHT, 10);
  milestones->Add(codigo_barras_, 0);
  add_form_row(grid, panel, _("Formalización:"), milestones);
  panel->SetSizer(grid);
  return panel;
}

void EnterpriseDataPage::check_nit() {
  const std::string text = field_text(nit_->GetValue());
  set_field_message(nit_message_, text.empty() ? wxString() : to_wx(nit_problem(text)));
}

void EnterpriseDataPage::show_size() {
  // An amount that does not read yet counts as not recorded, like an empty field.
  const Money ventas = parse_money(field_text(ventas_->GetValue())).value_or(Money{});
  const int trabajadores = empleadas_->GetValue() + empleados_->GetValue();
  tamano_->SetLabel(
      to_wx(size_label(size_on(ventas, trabajadores, ctx_.ws().context().today(), size_rules_))));
}

void EnterpriseDataPage::show(const Enterprise& e, const wxString& codigo_text) {
  codigo_->ChangeValue(codigo_text);
  nombre_->ChangeValue(to_wx(e.nombre));
  select_code(forma_, e.forma_juridica, false);
  select_code(sector_, e.sector, false);
  distrito_->set_distrito_id(e.distrito_id);
  select_code(zona_, e.zona, false);
  empleadas_->SetValue(e.empleados_mujeres);
  empleados_->SetValue(e.empleados_hombres);
  ventas_->ChangeValue(e.ventas_anuales.cents ? to_wx(format_money_plain(e.ventas_anuales))
                                              : wxString());
  show_size();
  nit_->ChangeValue(to_wx(e.nit));
  check_nit();
  nrc_->ChangeValue(to_wx(e.nrc));
  registro_sanitario_->SetValue(e.formalizacion.registro_sanitario);
  marca_->SetValue(e.formalizacion.marca);
  codigo_barras_->SetValue(e.formalizacion.codigo_barras);
  fecha_ingreso_->set_date(e.fecha_ingreso.is_not_a_date() ? std::optional<Date>()
                                                           : std::optional<Date>(e.fecha_ingreso));
  asesor_->SetSelection(0);
  for (size_t i = 0; i < asesor_ids_.size(); ++i)
    if (asesor_ids_[i] == e.asesor_id) asesor_->SetSelection(static_cast<int>(i) + 1);
  select_code(fuente_, e.fuente, false);
  select_code(estado_, e.estado, false);
  notas_->ChangeValue(to_wx(e.notas));
}

std::vector<wxString> EnterpriseDataPage::collect(Enterprise& e) const {
  std::vector<wxString> problems;
  e.nombre = field_text(nombre_->GetValue());
  e.forma_juridica = *chosen<FormaJuridica>(forma_, false);
  e.sector = *chosen<Sector>(sector_, false);
  e.distrito_id = distrito_->distrito_id();
  e.zona = *chosen<Zona>(zona_, false);
  e.empleados_mujeres = empleadas_->GetValue();
  e.empleados_hombres = empleados_->GetValue();
  const std::string ventas = field_text(ventas_->GetValue());
  if (ventas.empty()) {
    e.ventas_anuales = Money{};
  } else if (const auto m = typed_money(ctx_, ventas)) {
    e.ventas_anuales = *m;
  } else {
    problems.push_back(wxString::Format(_("ventas anuales: «%s» no es un monto; escriba por "
                                          "ejemplo 12500.00 o 12,500.00."),
                                        ventas_->GetValue()));
  }
  e.nit = field_text(nit_->GetValue());
  e.nrc = field_text(nrc_->GetValue());
  e.formalizacion.registro_sanitario = registro_sanitario_->GetValue();
  e.formalizacion.marca = marca_->GetValue();
  e.formalizacion.codigo_barras = codigo_barras_->GetValue();
  if (const auto p = fecha_ingreso_->problem(_("fecha de ingreso")); !p.empty())
    problems.push_back(p);
  else if (const auto d = fecha_ingreso_->date())
    e.fecha_ingreso = *d;
  else
    problems.push_back(_("fecha de ingreso: escriba la fecha en que la empresa llegó al centro."));
  const int a = asesor_->GetSelection();
  e.asesor_id = a > 0 ? asesor_ids_[static_cast<size_t>(a - 1)] : 0;
  e.fuente = *chosen<Fuente>(fuente_, false);
  e.estado = *chosen<EstadoEmpresa>(estado_, false);
  e.notas = to_utf8(notas_->GetValue());
  return problems;
}

}  // namespace cdmype::ui
