// Editor tab "Asistencias técnicas": this enterprise's technical assistance, newest request first,
// with the subsidy, co-payment and why for the selected one. Read-only: steps are taken in the
// Asistencia técnica screen, where the budget and the queue are in view.
#pragma once
#include <wx/panel.h>

#include <cstdint>
#include <vector>

#include "core/at_record.hpp"

class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class EnterpriseAtPage : public wxPanel {
 public:
  EnterpriseAtPage(wxWindow* parent, DeskContext& ctx);

  void load(std::int64_t enterprise_id);
  TextTable* table() const { return table_; }
  wxStaticText* detail() const { return detail_; }

 private:
  void show_selected();

  DeskContext& ctx_;
  TextTable* table_;
  wxStaticText* detail_;
  std::vector<TechnicalAssistance> rows_;
};

}  // namespace cdmype::ui
