// Own-password change over AuthService::change_own_password, with inline Spanish errors.
#include "ui/change_password_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "core/user.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxTextCtrl* password_field(wxWindow* parent) {
  return new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                        parent->FromDIP(wxSize(240, -1)), wxTE_PASSWORD);
}

}  // namespace

ChangePasswordDialog::ChangePasswordDialog(wxWindow* parent, services::Workspace& ws,
                                           const Actor& actor, const wxString& reason)
    : wxDialog(parent, wxID_ANY, _("Cambiar la contraseña")), ws_(ws), actor_(actor) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(this, wxID_ANY, reason);
  intro->Wrap(FromDIP(380));
  sizer->Add(intro, 0, wxALL, 12);
  auto* grid = make_form_grid();
  current_ = password_field(this);
  add_form_row(grid, this, _("Contraseña actual:"), current_);
  replacement_ = password_field(this);
  add_form_row(grid, this, _("Contraseña nueva:"), replacement_);
  repeat_ = password_field(this);
  add_form_row(grid, this, _("Repita la nueva:"), repeat_);
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
  error_ = make_field_message(this);
  sizer->Add(error_, 0, wxEXPAND | wxALL, 12);

  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(this, wxID_OK, _("Cambiar"));
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancelar")));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizerAndFit(sizer);
  ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (try_change()) EndModal(wxID_OK);
  });
  current_->SetFocus();
  CentreOnScreen();
}

bool ChangePasswordDialog::try_change() {
  if (replacement_->GetValue() != repeat_->GetValue()) {
    set_field_message(error_, _("Las dos contraseñas nuevas no coinciden."));
    return false;
  }
  // The policy is checked here too, before the service hashes anything.
  if (const auto p = password_problem(to_utf8(replacement_->GetValue())); !p.empty()) {
    set_field_message(error_, to_wx(p));
    return false;
  }
  try {
    ws_.auth().change_own_password(actor_, to_utf8(current_->GetValue()),
                                   to_utf8(replacement_->GetValue()));
  } catch (const UserError& e) {
    set_field_message(error_, to_wx(e.what()));
    error_->Wrap(FromDIP(380));
    Fit();
    return false;
  }
  return true;
}

wxString ChangePasswordDialog::error_text() const { return error_->GetLabel(); }

bool ensure_own_password(wxWindow* parent, services::Workspace& ws, const Actor& actor) {
  if (!ws.auth().must_change_password(actor)) return true;
  ChangePasswordDialog dialog(
      parent, ws, actor,
      _("Una administradora o un administrador le asignó esta contraseña. Elija una propia de "
        "al menos 10 caracteres para seguir."));
  return dialog.ShowModal() == wxID_OK;
}

}  // namespace cdmype::ui
