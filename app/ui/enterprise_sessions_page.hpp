// Editor tab "Sesiones": this enterprise's advisory sessions, newest first.
#pragma once
#include <wx/panel.h>

#include <cstdint>

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class EnterpriseSessionsPage : public wxPanel {
 public:
  EnterpriseSessionsPage(wxWindow* parent, DeskContext& ctx);

  void load(std::int64_t enterprise_id);
  TextTable* table() const { return table_; }

 private:
  DeskContext& ctx_;
  TextTable* table_;
};

}  // namespace cdmype::ui
