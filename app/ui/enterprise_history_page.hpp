// Editor tab "Historial": the audit entries of this enterprise file (who changed what, when).
#pragma once
#include <wx/panel.h>

#include <cstdint>

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class EnterpriseHistoryPage : public wxPanel {
 public:
  EnterpriseHistoryPage(wxWindow* parent, DeskContext& ctx);

  void load(std::int64_t enterprise_id);
  TextTable* table() const { return table_; }

 private:
  DeskContext& ctx_;
  TextTable* table_;
};

// "15/10/2026 09:00" in local time from a stored "2026-10-15T15:00:00Z".
wxString local_timestamp(const std::string& iso_utc);

}  // namespace cdmype::ui
