// The screens of the main window and which roles see them (a screen not yet built is not listed).
#pragma once
#include <wx/string.h>

#include <optional>
#include <vector>

#include "core/codes.hpp"
#include "core/permissions.hpp"

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
  ProteccionDatos,
  Consolidado,
  Configuracion
};

// Every screen, in navigation order.
const std::vector<Screen>& all_screens();
// In navigation order, only those the role may use.
std::vector<Screen> screens_for(Role role);
// The same for an account, which may be the center's delegado (Protección de datos).
std::vector<Screen> screens_for(const Actor& actor);
wxString screen_title(Screen screen);
// The plain name for `cdmype --pantalla` ("asistencia", "configuracion": no accents, one word).
wxString screen_key(Screen screen);
// What `cdmype --pantalla NAME` opens: the key or the title, any case; nullopt when unknown.
std::optional<Screen> screen_named(const wxString& name);
// The help of `--pantalla`, listing every key of all_screens() (so it cannot miss a screen).
wxString screen_option_help();

}  // namespace cdmype::ui
