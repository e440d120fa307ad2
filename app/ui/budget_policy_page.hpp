// The director's settings: this year's AT fund and the subsidy policy (in force, history, a new
// version from a date).
#pragma once
#include <optional>

#include "ui/screen_panel.hpp"

class wxButton;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class BudgetBar;
class DateField;
class TextTable;

class BudgetPolicyPage : public ScreenPanel {
 public:
  BudgetPolicyPage(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // BudgetService::set with the year and amount typed; false when refused (message shown).
  bool save_budget();
  // PolicyService::add: the version in force with the percentages typed, from the date typed.
  bool add_policy_version();

  wxSpinCtrl* year() const { return year_; }
  wxTextCtrl* fondo() const { return fondo_; }
  BudgetBar* budget() const { return budget_; }
  wxStaticText* in_force() const { return in_force_; }
  TextTable* versions() const { return versions_; }
  DateField* desde() const { return desde_; }
  wxTextCtrl* base() const { return base_; }
  wxTextCtrl* weighted() const { return weighted_; }
  wxTextCtrl* nota() const { return nota_; }

 private:
  wxSizer* build_budget();
  wxSizer* build_policy();

  DeskContext& ctx_;
  wxSpinCtrl* year_ = nullptr;
  wxTextCtrl* fondo_ = nullptr;
  BudgetBar* budget_ = nullptr;
  wxStaticText* in_force_ = nullptr;
  TextTable* versions_ = nullptr;
  DateField* desde_ = nullptr;
  wxTextCtrl* base_ = nullptr;
  wxTextCtrl* weighted_ = nullptr;
  wxTextCtrl* nota_ = nullptr;
};

// "92.5" or "92,5" → 9250 basis points; nullopt when not a number between 0 and 100.
std::optional<int> parse_percent_bp(const wxString& text);

}  // namespace cdmype::ui
