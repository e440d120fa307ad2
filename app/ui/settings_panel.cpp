// Configuración is a notebook of pages, each shown only when the role may use it.
#include "ui/settings_panel.hpp"

#include <wx/notebook.h>
#include <wx/sizer.h>

#include "ui/budget_policy_page.hpp"
#include "ui/desk_context.hpp"
#include "ui/form_layout.hpp"
#include "ui/goals_page.hpp"
#include "ui/i18n.hpp"
#include "ui/number_format_page.hpp"
#include "ui/minimum_wage_page.hpp"
#include "ui/users_page.hpp"

namespace cdmype::ui {

SettingsPanel::SettingsPanel(wxWindow* parent, DeskContext& ctx) : ScreenPanel(parent) {
  book_ = new wxNotebook(this, wxID_ANY);
  if (ctx.may(Action::ManageBudget) || ctx.may(Action::ManagePolicy)) {
    budget_policy_ = new BudgetPolicyPage(book_, ctx);
    book_->AddPage(budget_policy_, _("Presupuesto y política de subsidio"));
    pages_.push_back(budget_policy_);
  }
  if (ctx.may(Action::ManageGoals)) {
    goals_ = new GoalsPage(book_, ctx);
    book_->AddPage(goals_, _("Metas anuales"));
    pages_.push_back(goals_);
  }
  if (ctx.may(Action::SetNumberFormat)) {
    number_format_ = new NumberFormatPage(book_, ctx);
    book_->AddPage(number_format_, _("Formato de números"));
    pages_.push_back(number_format_);
  }
  if (ctx.may(Action::ManagePolicy)) {
    minimum_wage_ = new MinimumWagePage(book_, ctx);
    book_->AddPage(minimum_wage_, _("Salario mínimo"));
    pages_.push_back(minimum_wage_);
  }
  if (ctx.may(Action::ManageUsers)) {
    users_ = new UsersPage(book_, ctx);
    book_->AddPage(users_, _("Usuarios"));
    pages_.push_back(users_);
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Configuración")), 0, wxALL, 8);
  sizer->Add(book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);
  book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
    reload();
    e.Skip();
  });
}

void SettingsPanel::reload() {
  const int i = book_->GetSelection();
  if (i >= 0 && i < static_cast<int>(pages_.size())) pages_[static_cast<size_t>(i)]->reload();
}

}  // namespace cdmype::ui
