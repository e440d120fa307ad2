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

// The language of the interface, a per-user preference kept in wxConfig
// ("/ui/language": "system", "es" or "en").
enum class UiLanguage { System, Spanish, English };

UiLanguage stored_language();
void store_language(UiLanguage language);

// Loads the "cdmype" catalog for the stored language (Spanish is the source
// language, so Spanish needs no catalog). Call once after wx starts and
// after install_config(), so the stored preference is the user's.
void setup_translations();

// Replaces the current translations with `language`'s. System means the
// system's language when a catalog exists for it, Spanish otherwise (also
// for a C or POSIX locale, or none: Spanish is the source). Windows
// made before keep their texts: the main window applies a change at the next
// start.
void use_language(UiLanguage language);

// The language texts are shown in now (English or Spanish).
UiLanguage current_language();

// One more folder holding <lang>/LC_MESSAGES/cdmype.mo (tests use the
// build's app/locale).
void add_catalog_folder(const wxString& folder);

// Gives the stock buttons of a wx-made dialog (a progress dialog's
// "Cancel") Spanish labels when wx's own catalog is not installed.
void label_stock_buttons(wxWindow* dialog);

}  // namespace cdmype::ui
