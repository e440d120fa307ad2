// Reads GoalService::show for the year and lists core indicators() in the report's order; the
// value is typed in the indicator's unit and stored through GoalService::set.
#include "ui/goals_page.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <map>
#include <string>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString unit_name(IndicatorUnit unit) {
  switch (unit) {
    case IndicatorUnit::Count:
      return _("cantidad");
    case IndicatorUnit::Hours:
      return _("horas");
    case IndicatorUnit::Cents:
      return _("dólares (US$)");
  }
  return wxString();
}

// "$25,000.00" or "1,200"; the goal as typed back into the dialog is the plain form.
wxString value_text(IndicatorUnit unit, std::int64_t value, bool plain) {
  if (unit == IndicatorUnit::Cents)
    return to_wx(plain ? format_money_plain(Money::from_cents(value))
                       : format_money(Money::from_cents(value)));
  return wxString::Format(wxString::FromUTF8("%lld"), static_cast<long long>(value));
}

// The typed text in the indicator's unit; ValidationFailed in Spanish when unreadable.
std::int64_t read_value(const Indicator& indicator, const std::string& text, NumberFormat format) {
  if (indicator.unit == IndicatorUnit::Cents) {
    const auto money = parse_money(text, format);
    if (money && money->cents >= 0) return money->cents;
    throw ValidationFailed({to_utf8(
        wxString::Format(_("meta de %s: escriba el monto en dólares, por ejemplo 25000.00."),
                         to_wx(indicator.label)))});
  }
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
    throw ValidationFailed({to_utf8(wxString::Format(
        _("meta de %s: escriba un número entero de cero o más."), to_wx(indicator.label)))});
  return std::stoll(text);
}

}  // namespace

GoalsPage::GoalsPage(wxWindow* parent, DeskContext& ctx) : ScreenPanel(parent), ctx_(ctx) {
  const int this_year = today().year();
  year_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(110, -1)),
                         wxSP_ARROW_KEYS, 2000, 2100, this_year);
  year_->SetName(_("Año del plan"));
  edit_ = new wxButton(this, wxID_EDIT, _("&Cambiar meta…"));
  edit_->SetToolTip(_("Escribir la meta anual del indicador elegido (Enter o doble clic)"));
  edit_->Enable(ctx_.may(Action::ManageGoals));
  table_ = new TextTable(this, {{_("Indicador"), 340}, {_("Unidad"), 130}, {_("Meta anual"), 160}});
  table_->SetName(_("Metas del año"));
  remember_columns(table_, wxString::FromUTF8("goals"));
  auto* note = new wxStaticText(
      this, wxID_ANY,
      _("El informe mensual compara cada indicador del mes y del año con su meta. Una meta en 0 "
        "significa que el indicador no tiene meta."));
  note->SetForegroundColour(wxColour(90, 90, 90));

  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(this, wxID_ANY, _("&Año:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  row->Add(year_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 18);
  row->Add(edit_, 0, wxALIGN_CENTER_VERTICAL);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(row, 0, wxALL, 8);
  sizer->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  year_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { guarded(this, [this] { reload(); }); });
  edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_selected(); });
  table_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit_selected(); });
}

int GoalsPage::year() const { return year_->GetValue(); }

void GoalsPage::reload() {
  std::map<std::string, std::int64_t, std::less<>> stored;
  for (const auto& g : ctx_.ws().goals().show(ctx_.actor, year())) stored[g.indicador] = g.value;
  const long keep = table_->selected_row();
  rows_.assign(indicators().begin(), indicators().end());
  values_.clear();
  std::vector<TextTable::Row> text;
  for (const auto& i : rows_) {
    const auto it = stored.find(i.code);
    const std::int64_t value = it == stored.end() ? 0 : it->second;
    values_.push_back(value);
    text.push_back({to_wx(i.label), unit_name(i.unit),
                    value == 0 ? wxString::FromUTF8("—") : value_text(i.unit, value, false)});
  }
  table_->set_rows(std::move(text));
  table_->select_row(keep >= 0 ? keep : 0);
}

void GoalsPage::edit_selected() {
  const long index = table_->selected_row();
  if (index < 0 || index >= static_cast<long>(rows_.size()) || !ctx_.may(Action::ManageGoals))
    return;
  const Indicator& i = rows_[static_cast<size_t>(index)];
  const std::int64_t current = values_[static_cast<size_t>(index)];
  wxTextEntryDialog dialog(this,
                           wxString::Format(_("Meta de «%s» para %d (%s; 0 = sin meta):"),
                                            to_wx(i.label), year(), unit_name(i.unit)),
                           _("Meta anual"), value_text(i.unit, current, true));
  dialog.SetName(wxString::FromUTF8("goal_dialog"));
  label_stock_buttons(&dialog);
  if (dialog.ShowModal() != wxID_OK) return;
  set_goal(index, dialog.GetValue());
}

bool GoalsPage::set_goal(long index, const wxString& typed) {
  if (index < 0 || index >= static_cast<long>(rows_.size())) return false;
  const Indicator i = rows_[static_cast<size_t>(index)];
  return guarded(this, [&] {
    ctx_.ws().goals().set(ctx_.actor, year(), std::string(i.code),
                          read_value(i, field_text(typed), number_format(ctx_)));
    reload();
    table_->select_row(index);
  });
}

}  // namespace cdmype::ui
