// MaintenanceService::history for one enterprise, newest first, with the changed fields named.
#include "ui/enterprise_history_page.hpp"

#include <wx/datetime.h>
#include <wx/sizer.h>

#include "store/audit_repository.hpp"
#include "store/clock.hpp"
#include "ui/audit_changes.hpp"
#include "ui/desk_context.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString operation_name(const std::string& op) {
  if (op == "insert") return _("Creación");
  if (op == "update") return _("Modificación");
  if (op == "delete") return _("Eliminación");
  return to_wx(op);
}

wxString joined(const std::vector<std::string>& fields) {
  wxString out;
  for (const auto& f : fields) {
    if (!out.empty()) out += wxString::FromUTF8(", ");
    out += to_wx(f);
  }
  return out;
}

}  // namespace

wxString local_timestamp(const std::string& iso_utc) {
  const auto t = store::parse_iso_utc(iso_utc);
  if (!t) return to_wx(iso_utc);
  const wxDateTime local(static_cast<time_t>(std::chrono::system_clock::to_time_t(*t)));
  return local.Format(wxString::FromUTF8("%d/%m/%Y %H:%M"));
}

EnterpriseHistoryPage::EnterpriseHistoryPage(wxWindow* parent, DeskContext& ctx)
    : wxPanel(parent), ctx_(ctx) {
  table_ = new TextTable(this,
                         {{_("Fecha y hora"), 130},
                          {_("Usuario"), 120},
                          {_("Operación"), 110},
                          {_("Campos cambiados"), 480}},
                         _("Sin entradas en la bitácora."));
  remember_columns(table_, wxString::FromUTF8("enterprise_history"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(table_, 1, wxEXPAND | wxALL, 12);
  SetSizer(sizer);
}

void EnterpriseHistoryPage::load(std::int64_t enterprise_id) {
  auto entries =
      ctx_.ws().maintenance().history(ctx_.actor, store::kAuditEnterprise, enterprise_id);
  std::vector<TextTable::Row> rows;
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    const wxString changes = it->operation == "insert"
                                 ? _("expediente abierto")
                                 : joined(changed_fields(it->before_json, it->after_json));
    rows.push_back(
        {local_timestamp(it->at), to_wx(it->username), operation_name(it->operation), changes});
  }
  table_->set_rows(std::move(rows));
}

}  // namespace cdmype::ui
