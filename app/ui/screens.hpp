// The screens of the main window and which roles see them (a screen not yet built is not listed).
#pragma once
#include <wx/string.h>

#include <vector>

#include "core/codes.hpp"

namespace cdmype::ui {

enum class Screen { Inicio, Empresas, Sesiones };

// In navigation order, only those the role may use.
std::vector<Screen> screens_for(Role role);
wxString screen_title(Screen screen);

}  // namespace cdmype::ui
