// The screens of the main window and which roles see them (a screen not yet built is not listed).
#pragma once
#include <wx/string.h>

#include <vector>

#include "core/codes.hpp"

namespace cdmype::ui {

enum class Screen {
  Inicio,
  Empresas,
  Sesiones,
  Asistencia,
  Aprobaciones,
  Remisiones,
  Capacitaciones,
  Proveedores,
  Informes,
  Configuracion
};

// In navigation order, only those the role may use.
std::vector<Screen> screens_for(Role role);
wxString screen_title(Screen screen);
// The plain name for `cdmype --pantalla` ("asistencia", "configuracion": no accents, one word).
wxString screen_key(Screen screen);

}  // namespace cdmype::ui
