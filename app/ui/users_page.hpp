// The accounts of the center (admin): list, add, enable / disable, change role.
#pragma once
#include <vector>

#include "core/user.hpp"
#include "ui/screen_panel.hpp"

class wxButton;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class UsersPage : public ScreenPanel {
 public:
  UsersPage(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  void add();
  // Disables the selected account when active, enables it otherwise.
  void toggle_selected();
  void change_role_of_selected();
  bool select(const std::string& username);

  const std::vector<User>& users() const { return users_; }
  TextTable* table() const { return table_; }
  wxButton* toggle_button() const { return toggle_; }

 private:
  const User* selected() const;

  DeskContext& ctx_;
  TextTable* table_;
  wxButton* toggle_;
  std::vector<User> users_;
};

}  // namespace cdmype::ui
