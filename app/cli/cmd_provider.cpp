// `provider add|list|show|disable|enable`: the registry of AT providers with their rating.
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/territory.hpp"

namespace cdmype::cli {
namespace {

// A name shared by several departamentos resolves to the center's one.
std::optional<int> distrito_value(const std::string& text, const std::string& departamento) {
  if (const Distrito* d = Territory::el_salvador().resolve(text, departamento)) return d->id;
  throw UserError("--distrito: «" + text + "» no es un distrito del catálogo territorial 2024.");
}

void print_summary(std::ostream& out, const ProviderSummary& s) {
  const Provider& p = s.provider;
  out << "Nombre: " << p.nombre << '\n';
  if (!p.nit.empty()) out << "NIT: " << p.nit << '\n';
  if (!p.especialidades.empty()) out << "Especialidades: " << p.especialidades << '\n';
  if (!p.contacto.empty()) out << "Contacto: " << p.contacto << '\n';
  if (p.distrito_id)
    if (const Distrito* d = Territory::el_salvador().by_id(*p.distrito_id))
      out << "Distrito: " << d->nombre << ", " << d->departamento << '\n';
  out << "Estado: " << (p.activo ? "activo" : "desactivado") << '\n';
  out << "Asistencias: " << s.asistencias << '\n';
  out << "Calificación: " << describe_rating(s) << '\n';
}

}  // namespace

int cmd_provider(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (add, list, show, disable, enable)");
  if (sub != "add" && sub != "list" && sub != "show" && sub != "disable" && sub != "enable")
    throw UsageError("subcomando de provider desconocido «" + sub + "»");
  if (sub == "add")
    c.args.allow_only({"nit", "especialidades", "contacto", "distrito"});
  else
    c.args.allow_only({});
  c.args.max_positionals(sub == "list" ? 1 : 2);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (sub == "list") {
    for (const auto& s : ws.providers().list(actor))
      c.term.out << s.provider.nombre << '\t' << (s.provider.activo ? "activo" : "desactivado")
                 << '\t' << s.asistencias << " AT\t" << describe_rating(s) << '\t'
                 << s.provider.especialidades << '\n';
    return 0;
  }
  const std::string nombre = c.args.positional(1, "el nombre del proveedor");
  if (sub == "add") {
    Provider p;
    p.nombre = nombre;
    p.nit = c.args.option("nit").value_or("");
    p.especialidades = c.args.option("especialidades").value_or("");
    p.contacto = c.args.option("contacto").value_or("");
    if (const auto d = c.args.option("distrito"))
      p.distrito_id = distrito_value(*d, ws.center().settings().departamento);
    const Provider stored = ws.providers().create(actor, p);
    c.term.err << "Proveedor «" << stored.nombre << "» registrado.\n";
    return 0;
  }
  if (sub == "show") {
    const auto s = ws.providers().by_name(actor, nombre);
    if (!s) throw UserError("No hay un proveedor llamado «" + nombre + "».");
    print_summary(c.term.out, *s);
    return 0;
  }
  const Provider p = ws.providers().set_active(actor, nombre, sub == "enable");
  c.term.err << "Proveedor «" << p.nombre << "» " << (p.activo ? "activado" : "desactivado")
             << ".\n";
  return 0;
}

}  // namespace cdmype::cli
