// `settings show|set`: the center settings a director or IT changes from the command line.
#include <charconv>
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "store/settings_repository.hpp"

namespace cdmype::cli {
namespace {

int settings_show(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  c.sign_in(ws);
  const store::CenterSettings s = ws.center().settings();
  c.term.out << "centro: " << s.center_name << '\n'
             << "prefijo: " << s.prefix << '\n'
             << "departamento: " << s.departamento << '\n'
             << "formato_numeros: " << number_format_code(s.number_format) << " ("
             << number_format_label(s.number_format) << ")\n"
             << "delegado_nombre: " << s.delegado_nombre << '\n'
             << "delegado_contacto: " << s.delegado_contacto << '\n'
             << "delegado_usuario: " << s.delegado_usuario << '\n'
             << "clave_nacional: " << (s.national_key_set ? "guardada" : "sin definir") << '\n'
             << "retencion_anios: " << s.retention_years << '\n';
  return 0;
}

// `settings set delegado_nombre|delegado_contacto|delegado_usuario|clave_nacional VALOR`.
int settings_set_personal_data(CommandContext& c, const std::string& key, const std::string& value) {
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (key == store::setting_key::kNationalKey) {
    ws.center().set_national_key(actor, value);
    c.term.err << "Clave nacional guardada: las exportaciones con --seudonimo la usan.\n";
    return 0;
  }
  if (key == store::setting_key::kDelegadoUsuario) {
    ws.center().set_delegado_account(actor, value);
    c.term.err << (value.empty() ? std::string("Ninguna cuenta actúa como delegada.")
                                 : "La cuenta «" + value +
                                       "» actúa como delegada de protección de datos desde su "
                                       "próximo inicio de sesión.")
               << '\n';
    return 0;
  }
  const store::CenterSettings s = ws.center().settings();
  if (key == store::setting_key::kDelegadoNombre)
    ws.center().set_delegado(actor, value, s.delegado_contacto);
  else
    ws.center().set_delegado(actor, s.delegado_nombre, value);
  c.term.err << "Delegado de protección de datos actualizado.\n";
  return 0;
}

// `settings set formato_numeros el_salvador|coma_decimal`, and the personal-data settings.
int settings_set(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(3);
  const std::string key = c.args.positional(1, "el nombre del ajuste (formato_numeros)");
  const std::string value = c.args.positional(2, "el valor del ajuste");
  if (key == store::setting_key::kRetentionYears) {
    services::Workspace ws = c.open_workspace();
    const Actor actor = c.sign_in(ws);
    int years = 0;
    const auto r = std::from_chars(value.data(), value.data() + value.size(), years);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size())
      throw UsageError("retencion_anios: «" + value + "» no es un número de años");
    ws.persons().set_retention_years(actor, years);
    c.term.err << "Retención: " << years << " años sin actividad.\n";
    return 0;
  }
  if (key == store::setting_key::kNationalKey || key == store::setting_key::kDelegadoNombre ||
      key == store::setting_key::kDelegadoContacto || key == store::setting_key::kDelegadoUsuario)
    return settings_set_personal_data(c, key, value);
  if (key != store::setting_key::kNumberFormat)
    throw UsageError("ajuste desconocido «" + key +
                     "»; use formato_numeros, delegado_nombre, delegado_contacto, "
                     "delegado_usuario, clave_nacional o retencion_anios");
  const auto format = parse_number_format(value);
  if (!format)
    throw UsageError("formato_numeros: «" + value +
                     "» no es un formato; use el_salvador (1,234.56) o coma_decimal (1.234,56)");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  ws.center().set_number_format(actor, *format);
  c.term.err << "Formato de números: " << number_format_label(*format)
             << ". Un monto como 2,000 o 2.000 se lee con este formato en importaciones, "
                "formularios y comandos.\n";
  return 0;
}

}  // namespace

int cmd_settings(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (show, set)");
  if (sub == "show") return settings_show(c);
  if (sub == "set") return settings_set(c);
  throw UsageError("subcomando de settings desconocido «" + sub + "»; use show o set");
}

}  // namespace cdmype::cli
