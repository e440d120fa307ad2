// Account changes go through UserService, which refuses disabling oneself or the last admin.
#include "ui/remembered_columns.hpp"
#include "ui/users_page.hpp"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/sizer.h>

#include "services/user_service.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/text_table.hpp"
#include "ui/user_dialog.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

UsersPage::UsersPage(wxWindow* parent, DeskContext& ctx) : ScreenPanel(parent), ctx_(ctx) {
  table_ = new TextTable(
      this, {{_("Usuario"), 140}, {_("Nombre"), 280}, {_("Rol"), 140}, {_("Estado"), 120}});
  table_->SetName(_("Usuarios"));
  remember_columns(table_, wxString::FromUTF8("users"));
  auto* add = new wxButton(this, wxID_ANY, _("&Nuevo usuario…"));
  toggle_ = new wxButton(this, wxID_ANY, _("&Desactivar / activar"));
  toggle_->SetToolTip(_("Una cuenta desactivada no puede entrar; su historial se conserva"));
  auto* role = new wxButton(this, wxID_ANY, _("Cambiar &rol…"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(add, 0, wxRIGHT, 6);
  buttons->Add(toggle_, 0, wxRIGHT, 6);
  buttons->Add(role, 0);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(buttons, 0, wxALL, 8);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->add(); });
  toggle_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggle_selected(); });
  role->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { change_role_of_selected(); });
}

void UsersPage::reload() {
  users_ = ctx_.ws().users().list(ctx_.actor);
  std::vector<TextTable::Row> rows;
  for (const auto& u : users_)
    rows.push_back({to_wx(u.username), to_wx(u.full_name), to_wx(display_of(u.role)),
                    u.active ? _("activa") : _("desactivada")});
  table_->set_rows(std::move(rows));
}

const User* UsersPage::selected() const {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(users_.size())) return nullptr;
  return &users_[static_cast<size_t>(item)];
}

bool UsersPage::select(const std::string& username) {
  for (size_t i = 0; i < users_.size(); ++i) {
    if (users_[i].username != username) continue;
    table_->select_row(static_cast<long>(i));
    return true;
  }
  return false;
}

void UsersPage::add() {
  UserDialog dialog(this, ctx_);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

void UsersPage::toggle_selected() {
  const User* u = selected();
  if (!u) return;
  const std::string name = u->username;
  const bool active = u->active;
  guarded(this, [&] {
    if (active)
      ctx_.ws().users().disable(ctx_.actor, name);
    else
      ctx_.ws().users().enable(ctx_.actor, name);
    reload();
    select(name);
  });
}

void UsersPage::change_role_of_selected() {
  const User* u = selected();
  if (!u) return;
  const std::string name = u->username;
  wxArrayString roles;
  int current = 0;
  for (const auto& entry : code_table<Role>()) {
    if (entry.value == u->role) current = static_cast<int>(roles.size());
    roles.Add(to_wx(entry.display));
  }
  wxSingleChoiceDialog dialog(this, wxString::Format(_("Nuevo rol de %s:"), to_wx(name)),
                              _("Cambiar rol"), roles);
  dialog.SetSelection(current);
  label_stock_buttons(&dialog);
  if (dialog.ShowModal() != wxID_OK) return;
  const Role role = code_table<Role>()[static_cast<size_t>(dialog.GetSelection())].value;
  guarded(this, [&] {
    ctx_.ws().users().change_role(ctx_.actor, name, role);
    reload();
    select(name);
  });
}

}  // namespace cdmype::ui
