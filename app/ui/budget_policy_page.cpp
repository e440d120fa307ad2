// Budget and policy writes go through BudgetService and PolicyService, which validate and audit.
#include "ui/budget_policy_page.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "ui/budget_bar.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

std::optional<int> parse_percent_bp(const wxString& text) {
  wxString t = text;
  t.Replace(wxString::FromUTF8(","), wxString::FromUTF8("."));
  t.Replace(wxString::FromUTF8("%"), wxString());
  t.Trim(true).Trim(false);
  double value = 0;
  if (t.empty() || !t.ToCDouble(&value) || value < 0 || value > 100) return std::nullopt;
  return static_cast<int>(std::lround(value * 100));
}

BudgetPolicyPage::BudgetPolicyPage(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(build_budget(), 0, wxEXPAND | wxALL, 8);
  sizer->Add(build_policy(), 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);
}

wxSizer* BudgetPolicyPage::build_budget() {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Fondo de asistencia técnica"));
  wxWindow* p = box->GetStaticBox();
  year_ = new wxSpinCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                         2000, 2100, today().year());
  year_->SetName(_("Año"));
  fondo_ = new wxTextCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(140, -1)),
                          wxTE_PROCESS_ENTER);
  fondo_->SetName(_("Fondo del año en dólares"));
  fondo_->SetHint(_("p. ej. 25000.00"));
  auto* save = new wxButton(p, wxID_ANY, _("Guardar &fondo"));
  save->SetToolTip(_("Define o cambia el fondo de asistencia técnica del año elegido"));
  save->Enable(ctx_.may(Action::ManageBudget));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(p, wxID_ANY, _("&Año:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  row->Add(year_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  row->Add(new wxStaticText(p, wxID_ANY, _("F&ondo ($):")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
           6);
  row->Add(fondo_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  row->Add(save, 0, wxALIGN_CENTER_VERTICAL);
  budget_ = new BudgetBar(p);
  box->Add(row, 0, wxALL, 8);
  box->Add(budget_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_budget(); });
  fondo_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { save_budget(); });
  year_->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { guarded(this, [this] { reload(); }); });
  return box;
}

wxSizer* BudgetPolicyPage::build_policy() {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Política de subsidio"));
  wxWindow* p = box->GetStaticBox();
  in_force_ = new wxStaticText(p, wxID_ANY, wxString());
  versions_ = new TextTable(p, {{_("Desde"), 100}, {_("Política"), 480}, {_("Nota"), 260}},
                            _("Ninguna versión guardada: rige la política de fábrica (90 % y "
                              "95 % ponderada)."));
  versions_->SetName(_("Versiones de la política"));
  remember_columns(versions_, wxString::FromUTF8("policy_versions"));
  desde_ = new DateField(p, wxTE_PROCESS_ENTER);
  desde_->SetName(_("Vigente desde"));
  base_ = new wxTextCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(70, -1)));
  base_->SetName(_("Porcentaje base"));
  base_->SetToolTip(_("Porcentaje del costo que paga el centro sin ponderación, p. ej. 90"));
  weighted_ = new wxTextCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(70, -1)));
  weighted_->SetName(_("Porcentaje ponderado"));
  weighted_->SetToolTip(_("Porcentaje si la empresa es liderada por mujer, rural o asociativa"));
  nota_ =
      new wxTextCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  nota_->SetName(_("Nota"));
  nota_->SetHint(_("Por qué cambia (acuerdo, circular…)"));
  auto* add = new wxButton(p, wxID_ANY, _("Agregar &versión"));
  add->SetToolTip(
      _("La nueva versión rige desde la fecha indicada; las aprobadas antes no "
        "cambian"));
  add->Enable(ctx_.may(Action::ManagePolicy));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto label = [&](const wxString& text) {
    row->Add(new wxStaticText(p, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  };
  label(_("Nueva versión desde:"));
  row->Add(desde_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  label(_("base %:"));
  row->Add(base_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  label(_("ponderado %:"));
  row->Add(weighted_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  label(_("nota:"));
  row->Add(nota_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  row->Add(add, 0, wxALIGN_CENTER_VERTICAL);
  box->Add(in_force_, 0, wxEXPAND | wxALL, 8);
  box->Add(versions_, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
  box->Add(row, 0, wxEXPAND | wxALL, 8);
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_policy_version(); });
  nota_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { add_policy_version(); });
  return box;
}

void BudgetPolicyPage::reload() {
  const int year = year_->GetValue();
  const auto budget = ctx_.ws().budgets().get(ctx_.actor, year);
  fondo_->ChangeValue(budget ? to_wx(format_money_plain(budget->fondo)) : wxString());
  budget_->set_figures(ctx_.ws().budgets().figures(ctx_.actor, year));
  auto policies = ctx_.ws().policies();
  const PolicyVersion now = policies.in_force(ctx_.actor, today());
  in_force_->SetLabel(wxString::Format(_("En vigor hoy: %s"), to_wx(describe(now))));
  std::vector<TextTable::Row> rows;
  for (const auto& v : policies.versions(ctx_.actor))
    rows.push_back({to_wx(to_display(v.effective_from)), to_wx(describe(v)), to_wx(v.nota)});
  std::reverse(rows.begin(), rows.end());  // newest first
  versions_->set_rows(std::move(rows));
  if (base_->IsEmpty()) base_->ChangeValue(to_wx(format_bp(now.base_bp)).BeforeFirst(' '));
  if (weighted_->IsEmpty())
    weighted_->ChangeValue(to_wx(format_bp(now.weighted_bp)).BeforeFirst(' '));
}

bool BudgetPolicyPage::save_budget() {
  return guarded(this, [this] {
    const auto fondo = typed_money(ctx_, field_text(fondo_->GetValue()));
    if (!fondo)
      throw ValidationFailed(
          {to_utf8(_("fondo: escriba el monto en dólares, p. ej. "
                     "25000.00."))});
    AtBudget b;
    b.year = year_->GetValue();
    b.fondo = *fondo;
    if (const auto old = ctx_.ws().budgets().get(ctx_.actor, b.year))
      b.conamype_bp = old->conamype_bp;
    ctx_.ws().budgets().set(ctx_.actor, b);
    reload();
  });
}

bool BudgetPolicyPage::add_policy_version() {
  return guarded(this, [this] {
    std::vector<std::string> problems;
    const auto from = desde_->date();
    if (!from) problems.push_back(to_utf8(_("vigente desde: escriba la fecha (dd/mm/aaaa).")));
    const auto base = parse_percent_bp(base_->GetValue());
    if (!base) problems.push_back(to_utf8(_("porcentaje base: un número de 0 a 100.")));
    const auto weighted = parse_percent_bp(weighted_->GetValue());
    if (!weighted) problems.push_back(to_utf8(_("porcentaje ponderado: un número de 0 a 100.")));
    if (!problems.empty()) throw ValidationFailed(problems);
    PolicyVersion v = ctx_.ws().policies().in_force(ctx_.actor, *from);
    v.id = 0;
    v.effective_from = *from;
    v.base_bp = *base;
    v.weighted_bp = *weighted;
    v.nota = field_text(nota_->GetValue());
    ctx_.ws().policies().add(ctx_.actor, v);
    desde_->Clear();
    nota_->Clear();
    reload();
  });
}

}  // namespace cdmype::ui
