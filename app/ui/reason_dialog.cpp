// The reason dialog: one line of text, OK enabled only when the reason is there (if required).
#include "ui/reason_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/i18n.hpp"

namespace cdmype::ui {

ReasonDialog::ReasonDialog(wxWindow* parent, const wxString& title, const wxString& prompt,
                           bool required)
    : wxDialog(parent, wxID_ANY, title), required_(required) {
  SetName(wxString::FromUTF8("reason_dialog"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* label = new wxStaticText(this, wxID_ANY, prompt);
  label->Wrap(FromDIP(420));
  sizer->Add(label, 0, wxALL, 12);
  text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(420, -1)),
                         wxTE_PROCESS_ENTER);
  text_->SetName(prompt);
  text_->SetHint(required ? _("Obligatorio") : _("Opcional"));
  sizer->Add(text_, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
  auto* buttons = new wxStdDialogButtonSizer();
  ok_ = new wxButton(this, wxID_OK, _("&Aceptar"));
  ok_->SetDefault();
  buttons->AddButton(ok_);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancelar")));
  buttons->Realize();
  sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizerAndFit(sizer);
  CentreOnParent();

  auto update = [this] { ok_->Enable(!required_ || !reason().empty()); };
  update();
  text_->Bind(wxEVT_TEXT, [update](wxCommandEvent&) { update(); });
  text_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
    if (ok_->IsEnabled()) EndModal(wxID_OK);
  });
  text_->SetFocus();
}

wxString ReasonDialog::reason() const {
  wxString r = text_->GetValue();
  return r.Trim(true).Trim(false);
}

}  // namespace cdmype::ui
