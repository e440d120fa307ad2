// The annual plan (metas) in Configuración: one goal per report indicator for a chosen year, edited
// by the director.
#pragma once
#include <vector>

#include "core/indicators.hpp"
#include "ui/screen_panel.hpp"

class wxButton;
class wxSpinCtrl;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class GoalsPage : public ScreenPanel {
 public:
  GoalsPage(wxWindow* parent, DeskContext& ctx);

  // Every indicator with the chosen year's goal ("—" when none).
  void reload() override;
  // Asks the new goal of the selected indicator (a small dialog) and stores it.
  void edit_selected();
  // GoalService::set for indicator `index` with the value as typed (dollars for money, a whole
  // number otherwise); false when unreadable or refused (message shown).
  bool set_goal(long index, const wxString& typed);

  int year() const;
  wxSpinCtrl* year_control() const { return year_; }
  TextTable* table() const { return table_; }
  wxButton* edit_button() const { return edit_; }

 private:
  DeskContext& ctx_;
  wxSpinCtrl* year_;
  TextTable* table_;
  wxButton* edit_;
  std::vector<Indicator> rows_;
  std::vector<std::int64_t> values_;
};

}  // namespace cdmype::ui
