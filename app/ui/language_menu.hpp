// Ver → Idioma: the interface language (system, Spanish, English), kept per user.
#pragma once

class wxMenu;
class wxWindow;

namespace cdmype::ui {

// A submenu of radio items for the language preference; choosing one stores
// it (wxConfig) and tells the user it applies at the next start. Menu events
// are bound on `owner`, the frame that holds the menu bar.
wxMenu* make_language_menu(wxWindow* owner);

}  // namespace cdmype::ui
