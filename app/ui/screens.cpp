// Which screens each role sees, from core's permission matrix.
#include "ui/screens.hpp"

#include "core/permissions.hpp"
#include "ui/i18n.hpp"

namespace cdmype::ui {

const std::vector<Screen>& all_screens() {
  static const std::vector<Screen> all = {
      Screen::Inicio,       Screen::Empresas,   Screen::Sesiones,       Screen::Asistencia,
      Screen::Aprobaciones, Screen::Remisiones, Screen::Capacitaciones, Screen::Proveedores,
      Screen::Informes,     Screen::ProteccionDatos, Screen::Consolidado, Screen::Configuracion};
  return all;
}

std::vector<Screen> screens_for(Role role) { return screens_for(Actor{0, "", role}); }

std::vector<Screen> screens_for(const Actor& actor) {
  const Role role = actor.role;
  std::vector<Screen> out;
  if (allowed(role, Action::ViewReports)) out.push_back(Screen::Inicio);
  if (allowed(role, Action::ViewEnterprises)) out.push_back(Screen::Empresas);
  if (allowed(role, Action::LogSession)) out.push_back(Screen::Sesiones);
  if (allowed(role, Action::ViewAt)) out.push_back(Screen::Asistencia);
  if (allowed(role, Action::ApproveAt)) out.push_back(Screen::Aprobaciones);
  if (allowed(role, Action::ViewOwnReferrals) || allowed(role, Action::ManageReferrals))
    out.push_back(Screen::Remisiones);
  // Whoever may read trainings (TrainingService::list) sees them, read-only without ManageTrainings.
  if (allowed(role, Action::ManageTrainings) || allowed(role, Action::ViewReports))
    out.push_back(Screen::Capacitaciones);
  if (allowed(role, Action::ManageProviders)) out.push_back(Screen::Proveedores);
  if (allowed(role, Action::ViewReports)) out.push_back(Screen::Informes);
  if (allowed(actor, Action::ManageDataProtection)) out.push_back(Screen::ProteccionDatos);
  if (allowed(role, Action::ConsolidateNational)) out.push_back(Screen::Consolidado);
  if (allowed(role, Action::ManageUsers) || allowed(role, Action::ManageBudget))
    out.push_back(Screen::Configuracion);
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
    case Screen::Asistencia:
      return _("Asistencia técnica");
    case Screen::Aprobaciones:
      return _("Aprobaciones");
    case Screen::Remisiones:
      return _("Remisiones");
    case Screen::Capacitaciones:
      return _("Capacitaciones");
    case Screen::Proveedores:
      return _("Proveedores");
    case Screen::Informes:
      return _("Informes");
    case Screen::ProteccionDatos:
      return _("Protección de datos");
    case Screen::Consolidado:
      return _("Consolidado");
    case Screen::Configuracion:
      return _("Configuración");
  }
  return wxString();
}

wxString screen_key(Screen screen) {
  switch (screen) {
    case Screen::Inicio:
      return wxString::FromUTF8("inicio");
    case Screen::Empresas:
      return wxString::FromUTF8("empresas");
    case Screen::Sesiones:
      return wxString::FromUTF8("sesiones");
    case Screen::Asistencia:
      return wxString::FromUTF8("asistencia");
    case Screen::Aprobaciones:
      return wxString::FromUTF8("aprobaciones");
    case Screen::Remisiones:
      return wxString::FromUTF8("remisiones");
    case Screen::Capacitaciones:
      return wxString::FromUTF8("capacitaciones");
    case Screen::Proveedores:
      return wxString::FromUTF8("proveedores");
    case Screen::Informes:
      return wxString::FromUTF8("informes");
    case Screen::ProteccionDatos:
      return wxString::FromUTF8("datos");
    case Screen::Consolidado:
      return wxString::FromUTF8("consolidado");
    case Screen::Configuracion:
      return wxString::FromUTF8("configuracion");
  }
  return wxString();
}

std::optional<Screen> screen_named(const wxString& name) {
  const wxString wanted = name.Lower();
  for (const Screen s : all_screens())
    if (screen_key(s) == wanted || screen_title(s).Lower() == wanted) return s;
  return std::nullopt;
}

wxString screen_option_help() {
  wxString keys;
  for (const Screen s : all_screens()) {
    if (!keys.empty()) keys += wxString::FromUTF8(", ");
    keys += screen_key(s);
  }
  return wxString::Format(_("pantalla inicial: %s"), keys);
}

}  // namespace cdmype::ui
