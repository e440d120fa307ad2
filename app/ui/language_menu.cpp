// The language submenu: radio items over the stored preference.
#include "ui/language_menu.hpp"

#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/window.h>

#include "ui/i18n.hpp"

namespace cdmype::ui {

wxMenu* make_language_menu(wxWindow* owner) {
  struct Choice {
    UiLanguage language;
    wxString label;
  };
  // Language names are written in their own language, so a person who
  // cannot read the current one still finds theirs.
  const Choice choices[] = {{UiLanguage::System, _("Según el &sistema")},
                            {UiLanguage::Spanish, wxString::FromUTF8("&Español")},
                            {UiLanguage::English, wxString::FromUTF8("&English")}};
  auto* menu = new wxMenu();
  const UiLanguage stored = stored_language();
  for (const Choice& c : choices) {
    wxMenuItem* item = menu->AppendRadioItem(wxID_ANY, c.label);
    item->Check(c.language == stored);
    const UiLanguage language = c.language;
    owner->Bind(
        wxEVT_MENU,
        [owner, language](wxCommandEvent&) {
          if (language == stored_language()) return;
          store_language(language);
          // Open windows keep their texts; translating them in place would
          // leave half-translated dialogs, so the change waits for a restart.
          wxMessageBox(_("El idioma nuevo se aplica la próxima vez que abra CDMYPE Desk."),
                       _("Idioma"), wxOK | wxICON_INFORMATION, owner);
        },
        item->GetId());
  }
  return menu;
}

}  // namespace cdmype::ui
