// The minimum wage list and its "add" form; MinimumWageService validates, audits and checks roles.
#include "ui/minimum_wage_page.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "core/enterprise_size.hpp"
#include "core/errors.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

MinimumWagePage::MinimumWagePage(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Salario mínimo mensual (comercio y servicios)"));
  wxWindow* p = box->GetStaticBox();
  auto* about = new wxStaticText(
      p, wxID_ANY,
      _("El tamaño de cada empresa (micro, pequeña) se calcula con la Ley MYPE y el salario "
        "mínimo vigentes en la fecha: hoy en las pantallas, el último día del mes en el informe."));
  about->Wrap(FromDIP(760));
  in_force_ = new wxStaticText(p, wxID_ANY, wxString());
  wages_ = new TextTable(p, {{_("Desde"), 100}, {_("Monto mensual"), 130}, {_("Nota"), 480}},
                         _("Sin salarios mínimos: el tamaño de las empresas queda «sin datos»."));
  wages_->SetName(_("Salarios mínimos"));
  remember_columns(wages_, wxString::FromUTF8("minimum_wages"));
  desde_ = new DateField(p, wxTE_PROCESS_ENTER);
  desde_->SetName(_("Vigente desde"));
  monto_ = new wxTextCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(100, -1)));
  monto_->SetName(_("Monto mensual"));
  monto_->SetHint(_("p. ej. 425.00"));
  nota_ =
      new wxTextCtrl(p, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  nota_->SetName(_("Nota"));
  nota_->SetHint(_("Decreto que lo fija (número, Diario Oficial)"));
  auto* add = new wxButton(p, wxID_ANY, _("Agregar &salario mínimo"));
  add->SetToolTip(
      _("Rige desde la fecha indicada; debe ser posterior al último salario guardado"));
  add->Enable(ctx_.may(Action::ManagePolicy));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto label = [&](const wxString& text) {
    row->Add(new wxStaticText(p, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  };
  label(_("Nuevo desde:"));
  row->Add(desde_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  label(_("monto ($):"));
  row->Add(monto_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  label(_("nota:"));
  row->Add(nota_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
  row->Add(add, 0, wxALIGN_CENTER_VERTICAL);
  box->Add(about, 0, wxEXPAND | wxALL, 8);
  box->Add(in_force_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  box->Add(wages_, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
  box->Add(row, 0, wxEXPAND | wxALL, 8);
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_wage(); });
  nota_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { add_wage(); });
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(box, 1, wxEXPAND | wxALL, 8);
  SetSizer(sizer);
}

void MinimumWagePage::reload() {
  const Date today = ctx_.ws().context().today();
  const SizeRules rules = ctx_.ws().minimum_wages().rules(ctx_.actor);
  const auto& wages = rules.wages;
  const auto now = wage_in_force(wages, today);
  const SizeLaw* law = size_law_in_force(today, rules.laws);
  in_force_->SetLabel(wxString::Format(
      _("En vigor hoy: %s; %s"),
      now ? to_wx(format_money(*now)) : wxString(_("ninguno")),
      law ? to_wx(law->norma) : wxString(_("ninguno"))));
  std::vector<TextTable::Row> rows;
  for (const auto& w : wages)
    rows.push_back(
        {to_wx(to_display(w.vigente_desde)), to_wx(format_money(w.monto)), to_wx(w.nota)});
  std::reverse(rows.begin(), rows.end());  // newest first
  wages_->set_rows(std::move(rows));
}

bool MinimumWagePage::add_wage() {
  return guarded(this, [this] {
    std::vector<std::string> problems;
    const auto from = desde_->date();
    if (!from) problems.push_back(to_utf8(_("vigente desde: escriba la fecha (dd/mm/aaaa).")));
    const auto monto = parse_money(field_text(monto_->GetValue()));
    if (!monto)
      problems.push_back(to_utf8(_("monto: escriba el salario mensual en dólares, p. ej. 425.00.")));
    if (!problems.empty()) throw ValidationFailed(problems);
    MinimumWage w;
    w.vigente_desde = *from;
    w.monto = *monto;
    w.nota = field_text(nota_->GetValue());
    ctx_.ws().minimum_wages().add(ctx_.actor, w);
    desde_->Clear();
    monto_->Clear();
    nota_->Clear();
    reload();
  });
}

}  // namespace cdmype::ui
