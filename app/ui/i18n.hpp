// Translation of UI text: Spanish UTF-8 source strings through _() and the message catalogs.
#pragma once
#include <wx/string.h>

class wxWindow;

// The build defines WXINTL_NO_GETTEXT_MACRO and wxNO_IMPLICIT_WXSTRING_ENCODING
// for the UI, so wx's own _() (which converts a narrow literal with the
// current C locale and breaks "Código" under LANG=C) is absent and any
// implicit narrow-to-wxString conversion is a compile error. Our _() reads
// its literal as UTF-8. xgettext finds it with the default keyword.
#define _(s) ::cdmype::ui::tr(s)
// Marks a literal for extraction without translating it (tables of labels).
#define N_(s) s

namespace cdmype::ui {

// The translation of a UTF-8 Spanish source text (the text itself when no
// catalog has it).
wxString tr(const char* utf8_source);

// Loads the "cdmype" catalog for the system language (Spanish is the source
// language, so a Spanish system needs no catalog). Call once after wx starts.
void setup_translations();

// Gives the stock buttons of a wx-made dialog (a progress dialog's
// "Cancel") Spanish labels when wx's own catalog is not installed.
void label_stock_buttons(wxWindow* dialog);

}  // namespace cdmype::ui
