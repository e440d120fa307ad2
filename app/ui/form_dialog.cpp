// One layout for the provider and user dialogs, so their buttons and keys behave alike.
#include "ui/form_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

wxButton* finish_form_dialog(wxDialog* dialog, wxSizer* form, const wxString& ok_label,
                             const std::function<void()>& save,
                             std::initializer_list<wxTextCtrl*> enter_saves) {
  auto* buttons = new wxStdDialogButtonSizer();
  auto* ok = new wxButton(dialog, wxID_OK, ok_label);
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(dialog, wxID_CANCEL, _("&Cancelar")));
  buttons->Realize();
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(form, 0, wxEXPAND | wxALL, 12);
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  dialog->SetSizerAndFit(sizer);
  dialog->CentreOnParent();
  ok->Bind(wxEVT_BUTTON, [save](wxCommandEvent&) { save(); });
  for (wxTextCtrl* t : enter_saves) t->Bind(wxEVT_TEXT_ENTER, [save](wxCommandEvent&) { save(); });
  return ok;
}

wxTextCtrl* make_form_line(wxWindow* parent, const std::string& value, const wxString& hint) {
  auto* text = new wxTextCtrl(parent, wxID_ANY, to_wx(value), wxDefaultPosition,
                              parent->FromDIP(wxSize(360, -1)), wxTE_PROCESS_ENTER);
  text->SetHint(hint);
  return text;
}

}  // namespace cdmype::ui
