// The queue comes ranked from AtService::queue; the subsidy column from AtService::preview.
#include "ui/approvals_panel.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/at_steps.hpp"
#include "ui/budget_bar.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

ApprovalsPanel::ApprovalsPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  budget_ = new BudgetBar(this);
  table_ = new TextTable(this,
                         {{_("Puntaje"), 70},
                          {_("Código"), 130},
                          {_("Empresa"), 210},
                          {_("Razones de la prioridad"), 260},
                          {_("Costo"), 95},
                          {_("Subsidio"), 95},
                          {_("Porcentaje y motivo"), 220}},
                         _("No hay solicitudes esperando la decisión."));
  table_->SetName(_("Solicitudes por prioridad"));
  remember_columns(table_, wxString::FromUTF8("approvals"));
  approve_ = new wxButton(this, wxID_ANY, _("&Aprobar"));
  approve_->SetToolTip(_("Aprueba la solicitud elegida con el subsidio mostrado (Ctrl+Enter)"));
  reject_ = new wxButton(this, wxID_ANY, _("&Rechazar…"));
  reject_->SetToolTip(_("Rechaza la solicitud elegida; pide el motivo (Supr)"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(approve_, 0, wxRIGHT, 6);
  buttons->Add(reject_, 0);
  auto* note = new wxStaticText(
      this, wxID_ANY,
      _("Ordenadas por puntaje: la más alta primero; a igual puntaje, la que espera más."));
  note->SetForegroundColour(wxColour(90, 90, 90));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Aprobaciones")), 0, wxALL, 8);
  sizer->Add(budget_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
  sizer->Add(buttons, 0, wxALL, 8);
  SetSizer(sizer);

  approve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { approve_selected(); });
  reject_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reject_selected(); });
  table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
  table_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
  table_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { approve_selected(); });
  const int approve_id = wxWindow::NewControlId();
  const int reject_id = wxWindow::NewControlId();
  wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, WXK_RETURN, approve_id},
                               {wxACCEL_NORMAL, WXK_DELETE, reject_id}};
  SetAcceleratorTable(wxAcceleratorTable(2, keys));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { approve_selected(); }, approve_id);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reject_selected(); }, reject_id);
}

void ApprovalsPanel::reload() {
  budget_->set_figures(ctx_.ws().budgets().figures(ctx_.actor, today().year()));
  auto service = ctx_.ws().assistances();
  queue_ = service.queue(ctx_.actor);
  std::vector<TextTable::Row> rows;
  for (const auto& q : queue_) {
    const SubsidyDecision d = service.preview(ctx_.actor, q.at.codigo);
    rows.push_back({wxString::Format(wxString::FromUTF8("%d"), q.scored.score), to_wx(q.at.codigo),
                    to_wx(q.empresa_nombre), to_wx(q.scored.explanation),
                    to_wx(format_money(q.at.costo_total)), to_wx(format_money(d.subsidio)),
                    to_wx(explain(d))});
  }
  table_->set_rows(std::move(rows));
  if (!queue_.empty()) {
    table_->select_row(0);
  }
  update_buttons();
}

bool ApprovalsPanel::select(const std::string& codigo) {
  for (size_t i = 0; i < queue_.size(); ++i) {
    if (queue_[i].at.codigo != codigo) continue;
    table_->select_row(static_cast<long>(i));
    update_buttons();
    return true;
  }
  return false;
}

std::optional<TechnicalAssistance> ApprovalsPanel::selected() const {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(queue_.size())) return std::nullopt;
  return queue_[static_cast<size_t>(item)].at;
}

void ApprovalsPanel::update_buttons() {
  const bool any = selected().has_value();
  approve_->Enable(any);
  reject_->Enable(any);
}

void ApprovalsPanel::approve_selected() {
  const auto at = selected();
  if (!at) return;
  if (take_at_step(this, ctx_, *at, AtAction::Approve)) guarded(this, [this] { reload(); });
}

void ApprovalsPanel::reject_selected() {
  const auto at = selected();
  if (!at) return;
  if (take_at_step(this, ctx_, *at, AtAction::Reject)) guarded(this, [this] { reload(); });
}

}  // namespace cdmype::ui
