// Label-and-field rows for forms, so every form lines up the same way.
#pragma once
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/string.h>

class wxWindow;

namespace cdmype::ui {

// Two columns (label, field); the field column grows.
wxFlexGridSizer* make_form_grid();

// How a row's field sits in its column.
struct RowStyle {
  bool fill = true;        // stretch to the column width (false: natural width)
  bool top_label = false;  // label at the top (tall fields), else centred
};

// Adds "label" and `field` as one row; the label also names the field for
// screen readers. Returns the label.
wxStaticText* add_form_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                           wxWindow* field, RowStyle style = {});
// Same with a sizer as the field (a field and its inline message, several fields).
wxStaticText* add_form_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& label,
                           wxSizer* field, RowStyle style = {});

// A field changed its height (a list appeared): lay out again from the top.
void relayout_from_top(wxWindow* changed);

// A small red text placed next to a field to say what is wrong with it.
wxStaticText* make_field_message(wxWindow* parent);
void set_field_message(wxStaticText* message, const wxString& text);

// A bold section heading.
wxStaticText* make_heading(wxWindow* parent, const wxString& text);

}  // namespace cdmype::ui
