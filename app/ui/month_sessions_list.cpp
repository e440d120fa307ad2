// SessionService::by_asesor_month for the acting user, newest first.
#include "ui/month_sessions_list.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/desk_context.hpp"
#include "ui/form_layout.hpp"
#include "ui/home_panel.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

MonthSessionsList::MonthSessionsList(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx) {
  summary_ = make_heading(this, wxString());
  table_ = new TextTable(this,
                         {{_("Fecha"), 90},
                          {_("Empresa"), 310},
                          {_("Minutos"), 70},
                          {_("Modalidad"), 190},
                          {_("Área"), 180},
                          {_("Tema"), 300}},
                         _("Todavía no registró sesiones este mes."));
  remember_columns(table_, wxString::FromUTF8("month_sessions"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(summary_, 0, wxBOTTOM, 6);
  sizer->Add(table_, 1, wxEXPAND);
  SetSizer(sizer);
}

wxString MonthSessionsList::enterprise_label(std::int64_t id) {
  if (const auto it = names_.find(id); it != names_.end()) return it->second;
  wxString label = wxString::Format(wxString::FromUTF8("#%lld"), static_cast<long long>(id));
  if (const auto e = ctx_.ws().enterprises().get(ctx_.actor, id))
    label = to_wx(e->codigo) + wxString::FromUTF8(" — ") + to_wx(e->nombre);
  names_[id] = label;
  return label;
}

void MonthSessionsList::load(const YearMonth& month) {
  auto sessions = ctx_.ws().sessions().by_asesor_month(ctx_.actor, ctx_.actor.user_id, month);
  std::vector<TextTable::Row> rows;
  int minutes = 0;
  for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) {
    minutes += it->duracion_min;
    rows.push_back({to_wx(to_display(it->fecha)), enterprise_label(it->enterprise_id),
                    wxString::Format(wxString::FromUTF8("%d"), it->duracion_min),
                    to_wx(display_of(it->modalidad)), to_wx(display_of(it->area)),
                    to_wx(it->tema)});
  }
  summary_->SetLabel(wxString::Format(_("Mis sesiones de %s: %zu (%.1f horas)"), month_title(month),
                                      sessions.size(), minutes / 60.0));
  table_->set_rows(std::move(rows));
}

}  // namespace cdmype::ui
