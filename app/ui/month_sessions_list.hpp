// "Mis sesiones de este mes": the signed-in asesor's sessions of the current month with totals.
#pragma once
#include <wx/panel.h>

#include <map>
#include <string>

#include "core/dates.hpp"

class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class MonthSessionsList : public wxPanel {
 public:
  MonthSessionsList(wxWindow* parent, DeskContext& ctx);

  void load(const YearMonth& month);
  TextTable* table() const { return table_; }
  wxStaticText* summary() const { return summary_; }

 private:
  wxString enterprise_label(std::int64_t id);

  DeskContext& ctx_;
  wxStaticText* summary_;
  TextTable* table_;
  std::map<std::int64_t, wxString> names_;  // enterprise id → "código — nombre"
};

}  // namespace cdmype::ui
