// Passphrase entry for an encrypted backup; the length rule itself is the service's.
#include "ui/backup_passphrase_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.hpp"
#include "services/maintenance_service.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxTextCtrl* phrase_field(wxWindow* parent) {
  return new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                        parent->FromDIP(wxSize(280, -1)), wxTE_PASSWORD);
}

}  // namespace

BackupPassphraseDialog::BackupPassphraseDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("Copia cifrada")) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      _("La copia se cifra con esta frase de paso, para llevarla fuera de la oficina. Sin ella "
        "nadie puede restaurarla, tampoco el centro: guárdela aparte de la copia. Al menos 12 "
        "caracteres; una frase de varias palabras es fácil de recordar."));
  intro->Wrap(FromDIP(420));
  sizer->Add(intro, 0, wxALL, 12);
  auto* grid = make_form_grid();
  phrase_ = phrase_field(this);
  add_form_row(grid, this, _("Frase de paso:"), phrase_);
  repeat_ = phrase_field(this);
  add_form_row(grid, this, _("Repítala:"), repeat_);
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
  error_ = make_field_message(this);
  sizer->Add(error_, 0, wxEXPAND | wxALL, 12);

  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(this, wxID_OK, _("Cifrar y guardar"));
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancelar")));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizerAndFit(sizer);
  ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (try_accept()) EndModal(wxID_OK);
  });
  phrase_->SetFocus();
  CentreOnScreen();
}

bool BackupPassphraseDialog::try_accept() {
  try {
    services::MaintenanceService::require_backup_passphrase(passphrase());
  } catch (const UserError& e) {
    set_field_message(error_, to_wx(e.what()));
    error_->Wrap(FromDIP(420));
    Fit();
    return false;
  }
  if (phrase_->GetValue() != repeat_->GetValue()) {
    set_field_message(error_, _("Las dos frases de paso no coinciden."));
    return false;
  }
  return true;
}

std::string BackupPassphraseDialog::passphrase() const { return to_utf8(phrase_->GetValue()); }

wxString BackupPassphraseDialog::error_text() const { return error_->GetLabel(); }

}  // namespace cdmype::ui
