// Which screens each role sees, from core's permission matrix.
#include "ui/screens.hpp"

#include "core/permissions.hpp"
#include "ui/i18n.hpp"

namespace cdmype::ui {

std::vector<Screen> screens_for(Role role) {
  std::vector<Screen> out;
  if (allowed(role, Action::ViewReports)) out.push_back(Screen::Inicio);
  if (allowed(role, Action::ViewEnterprises)) out.push_back(Screen::Empresas);
  if (allowed(role, Action::LogSession)) out.push_back(Screen::Sesiones);
  return out;
}

wxString screen_title(Screen screen) {
  switch (screen) {
    case Screen::Inicio:
      return _("Inicio");
    case Screen::Empresas:
      return _("Empresas");
    case Screen::Sesiones:
      return _("Sesiones");
  }
  return wxString();
}

}  // namespace cdmype::ui
