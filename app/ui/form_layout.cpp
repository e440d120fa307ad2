// Form rows: right-aligned labels, growing fields, inline messages.
#include "ui/form_layout.hpp"

#include <wx/settings.h>
#include <wx/window.h>

#include <vector>

namespace cdmype::ui {

wxFlexGridSizer* make_form_grid() {
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 6));
  grid->AddGrowableCol(1, 1);
  return grid;
}

namespace {

wxStaticText* add_label(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                        RowStyle style) {
  auto* text = new wxStaticText(parent, wxID_ANY, label);
  if (style.top_label)
    grid->Add(text, 0, wxALIGN_TOP | wxALIGN_RIGHT | wxTOP, parent->FromDIP(6));
  else
    grid->Add(text, 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  return text;
}

int field_flags(RowStyle style) {
  return style.fill ? static_cast<int>(wxEXPAND) : static_cast<int>(wxALIGN_CENTER_VERTICAL);
}

}  // namespace

void relayout_from_top(wxWindow* changed) {
  // Every ancestor recomputes its best size, then each lays out its sizer from
  // the top down (a parent whose own size did not change would not do it).
  std::vector<wxWindow*> chain;
  for (wxWindow* w = changed; w; w = w->GetParent()) {
    w->InvalidateBestSize();
    chain.push_back(w);
    if (w->IsTopLevel()) break;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) (*it)->Layout();
}

wxStaticText* add_form_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                           wxWindow* field, RowStyle style) {
  auto* text = add_label(grid, parent, label, style);
  grid->Add(field, 1, field_flags(style));
  wxString name = label;
  name.Replace(wxString::FromUTF8("&"), wxString());
  if (name.EndsWith(wxString::FromUTF8(":"))) name.RemoveLast();
  field->SetName(name);
  return text;
}

wxStaticText* add_form_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                           wxSizer* field, RowStyle style) {
  auto* text = add_label(grid, parent, label, style);
  grid->Add(field, 1, field_flags(style));
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
