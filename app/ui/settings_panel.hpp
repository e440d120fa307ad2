// Configuración: the pages the role may use (users for admin; budget, policy, goals and the
// minimum wage for the director; the number format for both).
#pragma once
#include <vector>

#include "ui/screen_panel.hpp"

class wxNotebook;

namespace cdmype::ui {

struct DeskContext;
class BudgetPolicyPage;
class GoalsPage;
class NumberFormatPage;
class MinimumWagePage;
class UsersPage;

class SettingsPanel : public ScreenPanel {
 public:
  SettingsPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  wxNotebook* book() const { return book_; }
  UsersPage* users() const { return users_; }
  BudgetPolicyPage* budget_policy() const { return budget_policy_; }
  GoalsPage* goals() const { return goals_; }
  NumberFormatPage* number_format() const { return number_format_; }
  MinimumWagePage* minimum_wage() const { return minimum_wage_; }

 private:
  wxNotebook* book_;
  UsersPage* users_ = nullptr;
  BudgetPolicyPage* budget_policy_ = nullptr;
  GoalsPage* goals_ = nullptr;
  NumberFormatPage* number_format_ = nullptr;
  MinimumWagePage* minimum_wage_ = nullptr;
  std::vector<ScreenPanel*> pages_;
};

}  // namespace cdmype::ui
