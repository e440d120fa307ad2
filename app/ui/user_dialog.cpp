// New account form: the password length rule is the desktop's (core password_problem).
#include "ui/user_dialog.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "services/user_service.hpp"
#include "ui/code_choice.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

UserDialog::UserDialog(wxWindow* parent, DeskContext& ctx)
    : wxDialog(parent, wxID_ANY, _("Nuevo usuario")), ctx_(ctx) {
  SetName(wxString::FromUTF8("user_dialog"));
  auto* grid = make_form_grid();
  const wxSize wide = FromDIP(wxSize(300, -1));
  username_ =
      new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wide, wxTE_PROCESS_ENTER);
  username_->SetHint(_("minúsculas, p. ej. asesor2"));
  add_form_row(grid, this, _("&Usuario:"), username_);
  full_name_ =
      new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wide, wxTE_PROCESS_ENTER);
  add_form_row(grid, this, _("&Nombre completo:"), full_name_);
  role_ = make_code_choice<Role>(this);
  add_form_row(grid, this, _("&Rol:"), role_, {.fill = false});
  password_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wide,
                             wxTE_PASSWORD | wxTE_PROCESS_ENTER);
  password_->SetToolTip(
      _("Al menos 10 caracteres; la persona la cambia al entrar por primera vez"));
  add_form_row(grid, this, _("Con&traseña inicial:"), password_);

  finish_form_dialog(this, grid, _("&Guardar"), [this] { save(); },
                     {username_, full_name_, password_});
  username_->SetFocus();
}

std::optional<User> UserDialog::save() {
  std::optional<User> added;
  guarded(this, [&] {
    services::NewUser u;
    u.username = field_text(username_->GetValue());
    u.full_name = field_text(full_name_->GetValue());
    u.role = *chosen<Role>(role_, false);
    u.password = to_utf8(password_->GetValue());
    u.must_change_password = true;
    if (const auto problem = password_problem(u.password); !problem.empty())
      throw ValidationFailed({"contraseña: " + problem});
    added = ctx_.ws().users().add(ctx_.actor, u);
  });
  if (added && IsModal()) EndModal(wxID_OK);
  return added;
}

}  // namespace cdmype::ui
