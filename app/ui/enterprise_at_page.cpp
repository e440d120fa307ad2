// Lists AtService::list for one enterprise; the detail line explains the selected subsidy.
#include "ui/enterprise_at_page.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

#include "core/dates.hpp"
#include "core/at_estado.hpp"
#include "core/subsidy_decision.hpp"
#include "services/at_estimate.hpp"
#include "ui/at_steps.hpp"
#include "ui/desk_context.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

const wxString kDash = wxString::FromUTF8("—");

wxString money_or_dash(const std::optional<SubsidyDecision>& s, bool subsidy) {
  if (!s) return kDash;
  return to_wx(format_money(subsidy ? s->subsidio : s->copago));
}

}  // namespace

EnterpriseAtPage::EnterpriseAtPage(wxWindow* parent, DeskContext& ctx) : wxPanel(parent), ctx_(ctx) {
  table_ = new TextTable(this,
                         {{_("Código"), 130},
                          {_("Especialidad"), 200},
                          {_("Costo"), 100},
                          {_("Subsidio"), 100},
                          {_("Copago"), 100},
                          {_("Estado"), 110},
                          {_("Solicitada"), 100}},
                         _("Esta empresa todavía no tiene asistencias técnicas."));
  table_->SetName(_("Asistencias técnicas de la empresa"));
  remember_columns(table_, wxString::FromUTF8("enterprise_assistances"));
  detail_ = new wxStaticText(this, wxID_ANY, wxString());
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(table_, 1, wxEXPAND | wxALL, 12);
  sizer->Add(detail_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);
  table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { show_selected(); });
  table_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { show_selected(); });
}

void EnterpriseAtPage::load(std::int64_t enterprise_id) {
  store::AtFilter filter;
  filter.enterprise_id = enterprise_id;
  rows_ = ctx_.ws().assistances().list(ctx_.actor, filter);
  // Newest request first, as the sessions tab: the file's recent history is what is asked about.
  // Drafts (no request date yet) go last.
  const auto requested = [](const TechnicalAssistance& t) {
    return t.fecha_solicitud ? to_iso(*t.fecha_solicitud) : std::string();
  };
  std::stable_sort(rows_.begin(), rows_.end(),
                   [&](const auto& a, const auto& b) { return requested(a) > requested(b); });
  std::vector<TextTable::Row> text;
  for (const auto& at : rows_)
    text.push_back({to_wx(at.codigo), to_wx(at.especialidad), to_wx(format_money(at.costo_total)),
                    money_or_dash(at.subsidio, true), money_or_dash(at.subsidio, false),
                    to_wx(display_of(at.estado)),
                    at.fecha_solicitud ? to_wx(to_display(*at.fecha_solicitud)) : kDash});
  table_->set_rows(std::move(text));
  show_selected();
}

void EnterpriseAtPage::show_selected() {
  const long row = table_->selected_row();
  if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) {
    detail_->SetLabel(rows_.empty() ? wxString()
                                    : _("Elija una asistencia para ver por qué recibe ese subsidio."));
    return;
  }
  const auto& at = rows_[static_cast<std::size_t>(row)];
  wxString out = to_wx(at.codigo) + wxString::FromUTF8(": ") + to_wx(at.descripcion);
  if (at.subsidio) {
    out += wxString::FromUTF8("\n") + to_wx(explain(*at.subsidio));
  } else if (at_is_pending(at.estado) || at.estado == AtEstado::Borrador) {
    // The subsidy is frozen at approval; until then, what approving it today would give.
    const auto estimate =
        services::estimate_new_at(ctx_.ws().context(), ctx_.actor, at.enterprise_id, at.costo_total);
    out += wxString::Format(_("\nSi se aprobara hoy: %s; subsidio %s, copago %s"),
                            to_wx(explain(estimate.decision)),
                            to_wx(format_money(estimate.decision.subsidio)),
                            to_wx(format_money(estimate.decision.copago)));
  }
  if (at.fecha_contratacion) out += wxString::FromUTF8("\n") + payments_summary(at);
  detail_->SetLabel(out);
  Layout();
}

}  // namespace cdmype::ui
