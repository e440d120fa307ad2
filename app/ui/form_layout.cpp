// Form rows: right-aligned labels, growing fields, inline messages.
#include "ui/form_layout.hpp"

#include <wx/settings.h>
#include <wx/window.h>

namespace cdmype::ui {

wxFlexGridSizer* make_form_grid() {
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 6));
  grid->AddGrowableCol(1, 1);
  return grid;
}

wxStaticText* add_form_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                           wxWindow* field) {
  auto* text = new wxStaticText(parent, wxID_ANY, label);
  grid->Add(text, 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  grid->Add(field, 1, wxEXPAND);
  wxString name = label;
  name.Replace(wxString::FromUTF8("&"), wxString());
  if (name.EndsWith(wxString::FromUTF8(":"))) name.RemoveLast();
  field->SetName(name);
  return text;
}

wxStaticText* add_form_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                           wxSizer* field) {
  auto* text = new wxStaticText(parent, wxID_ANY, label);
  grid->Add(text, 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  grid->Add(field, 1, wxEXPAND);
  return text;
}

wxStaticText* make_field_message(wxWindow* parent) {
  auto* message = new wxStaticText(parent, wxID_ANY, wxString());
  message->SetForegroundColour(wxColour(176, 0, 32));
  return message;
}

void set_field_message(wxStaticText* message, const wxString& text) {
  if (message->GetLabel() == text) return;
  message->SetLabel(text);
  message->SetToolTip(text);
  if (wxWindow* parent = message->GetParent()) parent->Layout();
}

wxStaticText* make_heading(wxWindow* parent, const wxString& text) {
  auto* heading = new wxStaticText(parent, wxID_ANY, text);
  wxFont font = heading->GetFont();
  font.SetWeight(wxFONTWEIGHT_BOLD);
  font.SetPointSize(font.GetPointSize() + 1);
  heading->SetFont(font);
  return heading;
}

}  // namespace cdmype::ui
