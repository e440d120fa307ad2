// Lists ResultService::by_enterprise; each change is stored at once (like sessions), not with the
// editor's Guardar, since results are records of their own.
#include "ui/enterprise_results_page.hpp"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "core/dates.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/result_dialog.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

EnterpriseResultsPage::EnterpriseResultsPage(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx) {
  table_ = new TextTable(
      this, {{_("Fecha"), 90}, {_("Resultado"), 200}, {_("Valor"), 120}, {_("Detalle"), 320}},
      _("Todavía no hay resultados registrados para esta empresa."));
  table_->SetName(_("Resultados"));
  remember_columns(table_, wxString::FromUTF8("enterprise_results"));
  add_ = new wxButton(this, wxID_ANY, _("&Registrar resultado…"));
  add_->SetToolTip(_("Ventas, empleos, formalización, financiamiento o nuevo mercado logrado"));
  delete_ = new wxButton(this, wxID_ANY, _("E&liminar resultado"));
  delete_->SetToolTip(_("Eliminar el resultado elegido (registrado por error)"));
  const bool record = ctx_.may(Action::RecordResults);
  add_->Show(record);
  delete_->Show(record);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(add_, 0, wxRIGHT, 6);
  buttons->Add(delete_, 0);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxTOP, 12);
  sizer->Add(table_, 1, wxEXPAND | wxALL, 12);
  SetSizer(sizer);

  add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
  delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { delete_selected(); });
  table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
  table_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
}

void EnterpriseResultsPage::load(std::int64_t enterprise_id) {
  enterprise_id_ = enterprise_id;
  rows_ = ctx_.ws().results().by_enterprise(ctx_.actor, enterprise_id);
  std::vector<TextTable::Row> text;
  for (const auto& r : rows_)
    text.push_back({to_wx(to_display(r.fecha)), to_wx(display_of(r.tipo)), result_value_text(r),
                    to_wx(r.detalle)});
  table_->set_rows(std::move(text));
  update_buttons();
}

void EnterpriseResultsPage::update_buttons() { delete_->Enable(table_->selected_row() >= 0); }

void EnterpriseResultsPage::add() {
  if (enterprise_id_ == 0) return;
  ResultDialog dialog(this, ctx_, enterprise_id_);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { load(enterprise_id_); });
}

void EnterpriseResultsPage::delete_selected(bool ask) {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(rows_.size())) return;
  const ResultRecord r = rows_[static_cast<size_t>(item)];
  if (ask && wxMessageBox(wxString::Format(_("¿Eliminar el resultado «%s» del %s?"),
                                           to_wx(display_of(r.tipo)), to_wx(to_display(r.fecha))),
                          _("Eliminar resultado"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION,
                          this) != wxYES)
    return;
  guarded(this, [&] {
    ctx_.ws().results().remove(ctx_.actor, r.meta.id);
    load(enterprise_id_);
  });
}

}  // namespace cdmype::ui
