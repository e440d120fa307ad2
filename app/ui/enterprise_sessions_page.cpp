// Lists SessionService::by_enterprise with the asesor's name.
#include "ui/enterprise_sessions_page.hpp"

#include <wx/sizer.h>

#include <map>

#include "core/dates.hpp"
#include "ui/desk_context.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

EnterpriseSessionsPage::EnterpriseSessionsPage(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx) {
  table_ = new TextTable(this,
                         {{_("Fecha"), 90},
                          {_("Asesor(a)"), 170},
                          {_("Minutos"), 70},
                          {_("Modalidad"), 190},
                          {_("Área"), 170},
                          {_("Tema"), 260}},
                         _("Todavía no hay sesiones registradas con esta empresa."));
  remember_columns(table_, wxString::FromUTF8("enterprise_sessions"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(table_, 1, wxEXPAND | wxALL, 12);
  SetSizer(sizer);
}

void EnterpriseSessionsPage::load(std::int64_t enterprise_id) {
  std::map<std::int64_t, wxString> names;
  for (const auto& u : ctx_.ws().users().advisors(ctx_.actor)) names[u.id] = to_wx(u.full_name);
  std::vector<TextTable::Row> rows;
  for (const auto& s : ctx_.ws().sessions().by_enterprise(ctx_.actor, enterprise_id)) {
    const auto name = names.find(s.asesor_id);
    rows.push_back({to_wx(to_display(s.fecha)),
                    name != names.end() ? name->second
                                        : wxString::Format(wxString::FromUTF8("#%lld"),
                                                           static_cast<long long>(s.asesor_id)),
                    wxString::Format(wxString::FromUTF8("%d"), s.duracion_min),
                    to_wx(display_of(s.modalidad)), to_wx(display_of(s.area)), to_wx(s.tema)});
  }
  table_->set_rows(std::move(rows));
}

}  // namespace cdmype::ui
