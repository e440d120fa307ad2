// Sign-in: the service decides (Argon2id, lockout after five failures); the dialog shows its words.
#include "ui/sign_in_dialog.hpp"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {
const wxString kLastUserKey = wxString::FromUTF8("/signin/last_user");
}

SignInDialog::SignInDialog(wxWindow* parent, services::Workspace& ws, const wxString& center_name)
    : wxDialog(parent, wxID_ANY, _("Entrar — CDMYPE Desk")), ws_(ws) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, center_name), 0, wxALL, 12);

  auto* grid = make_form_grid();
  username_ =
      new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(240, -1)));
  add_form_row(grid, this, _("&Usuario:"), username_);
  password_ =
      new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
  add_form_row(grid, this, _("&Contraseña:"), password_);
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  error_ = make_field_message(this);
  sizer->Add(error_, 0, wxEXPAND | wxALL, 12);

  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(this, wxID_OK, _("Entrar"));
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancelar")));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizerAndFit(sizer);
  SetMinSize(GetSize());

  wxString last_user;
  if (wxConfigBase* config = wxConfigBase::Get()) config->Read(kLastUserKey, &last_user);
  username_->SetValue(last_user);
  (last_user.empty() ? username_ : password_)->SetFocus();

  ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (try_sign_in()) EndModal(wxID_OK);
  });
  CentreOnScreen();
}

bool SignInDialog::try_sign_in() {
  const std::string user = field_text(username_->GetValue());
  try {
    actor_ = ws_.auth().sign_in(user, to_utf8(password_->GetValue()));
  } catch (const UserError& e) {
    set_field_message(error_, to_wx(e.what()));
    error_->Wrap(FromDIP(360));
    Fit();
    password_->Clear();
    password_->SetFocus();
    return false;
  }
  if (wxConfigBase* config = wxConfigBase::Get()) config->Write(kLastUserKey, to_wx(user));
  return true;
}

wxString SignInDialog::error_text() const { return error_->GetLabel(); }

}  // namespace cdmype::ui
