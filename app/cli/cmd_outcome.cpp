// `training add|attend|list|edit|delete|institutions|institution-add` and `result add|list`: trainings, attendance and results (issue 7).
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "cli/consent_values.hpp"
#include "core/errors.hpp"
#include "exchange/outcome_importers.hpp"

namespace cdmype::cli {
namespace {

template <class E>
E code_value(const std::string& option, const std::string& text) {
  if (auto v = parse_code<E>(text)) return *v;
  throw UserError("--" + option + ": «" + text + "» no es válido; use uno de: " + list_codes<E>() +
                  ".");
}

Enterprise enterprise_option(const CommandContext& c, services::Workspace& ws, const Actor& actor) {
  const std::string codigo = c.args.required_option("empresa");
  auto e = ws.enterprises().by_codigo(actor, codigo);
  if (!e) throw UserError("--empresa: no existe el expediente «" + codigo + "».");
  return *e;
}

// By the título cell «training list» shows, the uuid or the number.
Training find_training(services::Workspace& ws, const Actor& actor, const std::string& label,
                       const std::string& wanted) {
  const auto trainings = ws.trainings().list(actor);
  const auto index = exchange::index_trainings(trainings);
  for (const auto& t : trainings)
    if (exchange::training_cell(index, t) == wanted || t.meta.uuid == wanted ||
        std::to_string(t.meta.id) == wanted)
      return t;
  // Folded match through the importer's rules would need a row; a plain
  // message listing what to type is clearer on the command line.
  throw UserError(label + ": no hay una capacitación «" + wanted +
                  "»; use el título exacto que muestra «training list».");
}

int training_add(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"titulo", "tema", "institucion", "fecha", "horas", "lugar"});
  c.args.max_positionals(1);
  Training t;
  t.titulo = c.args.required_option("titulo");
  t.tema = c.args.option("tema").value_or("");
  t.institucion = c.args.option("institucion").value_or("");
  t.fecha = date_value("fecha", c.args.required_option("fecha"));
  const std::string horas = c.args.required_option("horas");
  const auto minutos = parse_hours(horas);
  if (!minutos) throw UserError("--horas: «" + horas + "» no es una cantidad de horas (4 o 2.5).");
  t.minutos = *minutos;
  t.lugar = c.args.option("lugar").value_or("");
  t = ws.trainings().create(actor, t);
  c.term.err << "Capacitación «" << t.titulo << "» del " << to_display(t.fecha) << " registrada.\n";
  return 0;
}

int training_attend(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"capacitacion", "nombre", "sexo", "empresa", "alcances"});
  c.args.max_positionals(1);
  const std::string wanted = c.args.required_option("capacitacion");
  TrainingAttendee a;
  const Training training = find_training(ws, actor, "--capacitacion", wanted);
  a.training_id = training.meta.id;
  a.nombre = c.args.required_option("nombre");
  a.sexo = code_value<Sexo>("sexo", c.args.required_option("sexo"));
  if (c.args.option("empresa")) a.enterprise_id = enterprise_option(c, ws, actor).meta.id;
  // A participant signs the consent the day of the training, or today if it is still ahead.
  const Date today = ws.context().today();
  a = ws.trainings().add_attendee(
      actor, a, intake_consent_option(c, training.fecha > today ? today : training.fecha));
  c.term.out << a.meta.uuid << '\n';  // alone on stdout, for `consent … --asistente`
  c.term.err << a.nombre << " anotada en «" << wanted << "».\n";
  return 0;
}

int training_edit(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"titulo", "tema", "institucion", "fecha", "horas", "lugar", "si-version"});
  c.args.max_positionals(2);
  const Training t = find_training(ws, actor, "capacitación", c.args.positional(1, "la capacitación"));
  services::TrainingChanges changes;
  changes.titulo = c.args.option("titulo");
  changes.tema = c.args.option("tema");
  changes.institucion = c.args.option("institucion");
  changes.lugar = c.args.option("lugar");
  if (auto fecha = c.args.option("fecha")) changes.fecha = date_value("fecha", *fecha);
  if (auto horas = c.args.option("horas")) {
    changes.minutos = parse_hours(*horas);
    if (!changes.minutos) throw UserError("--horas: «" + *horas + "» no es un número de horas.");
  }
  // --si-version N: refuse when someone saved the training since the caller
  // looked at version N («--version» is the program's own flag).
  int version = t.meta.version;
  if (auto v = c.args.option("si-version")) {
    if (v->empty() || v->find_first_not_of("0123456789") != std::string::npos || v->size() > 9)
      throw UserError("--si-version: «" + *v + "» no es un número de versión.");
    version = std::stoi(*v);
  }
  const Training saved = ws.trainings().edit(actor, t.meta.id, version, changes);
  c.term.err << "Capacitación «" << saved.titulo << "» del " << to_display(saved.fecha)
             << " actualizada.\n";
  return 0;
}

int training_delete(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  const Training t = find_training(ws, actor, "capacitación", c.args.positional(1, "la capacitación"));
  ws.trainings().remove(actor, t.meta.id);
  c.term.err << "Capacitación «" << t.titulo << "» borrada.\n";
  return 0;
}

int training_institutions(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  const auto names = ws.trainings().institutions(actor);
  if (names.empty()) c.term.err << "No hay instituciones socias en la lista.\n";
  for (const auto& n : names) c.term.out << n << '\n';
  return 0;
}

int training_institution_add(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  const std::string name = c.args.positional(1, "el nombre de la institución");
  if (ws.trainings().add_institution(actor, name))
    c.term.err << "Institución «" << name << "» agregada a la lista.\n";
  else
    c.term.err << "La institución «" << name << "» ya está en la lista.\n";
  return 0;
}

int training_list(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  const auto trainings = ws.trainings().list(actor);
  const auto index = exchange::index_trainings(trainings);
  if (trainings.empty()) c.term.err << "No hay capacitaciones registradas.\n";
  for (const auto& t : trainings) {
    int mujeres = 0, hombres = 0;
    for (const auto& a : ws.trainings().attendees(actor, t.meta.id))
      ++(a.sexo == Sexo::Mujer ? mujeres : hombres);
    c.term.out << to_iso(t.fecha) << '\t' << exchange::training_cell(index, t) << '\t'
               << t.institucion << '\t' << hours_text(t.minutos) << " h\tmujeres: " << mujeres
               << "\thombres: " << hombres << '\n';
  }
  return 0;
}

int result_add(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"empresa", "fecha", "tipo", "valor", "detalle"});
  c.args.max_positionals(1);
  ResultRecord r;
  r.enterprise_id = enterprise_option(c, ws, actor).meta.id;
  r.fecha = date_value("fecha", c.args.required_option("fecha"));
  r.tipo = code_value<TipoResultado>("tipo", c.args.required_option("tipo"));
  if (const auto v = c.args.option("valor")) {
    if (valor_kind(r.tipo) == ValorResultado::Dinero) {
      r.valor = money_value("valor", *v, number_format(ws)).cents;
    } else {
      try {
        r.valor = std::stoll(*v);
      } catch (const std::exception&) {
        throw UserError("--valor: «" + *v + "» no es un número entero.");
      }
    }
  }
  r.detalle = c.args.option("detalle").value_or("");
  r = ws.results().record(actor, r);
  c.term.err << "Resultado «" << display_of(r.tipo) << "» registrado.\n";
  return 0;
}

int result_list(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"empresa"});
  c.args.max_positionals(1);
  const Enterprise e = enterprise_option(c, ws, actor);
  const auto rows = ws.results().by_enterprise(actor, e.meta.id);
  if (rows.empty()) c.term.err << "El expediente " << e.codigo << " no tiene resultados.\n";
  for (const auto& r : rows) {
    c.term.out << to_iso(r.fecha) << '\t' << code_of(r.tipo) << '\t';
    if (valor_kind(r.tipo) == ValorResultado::Dinero)
      c.term.out << format_money(Money::from_cents(r.valor));
    else if (valor_kind(r.tipo) == ValorResultado::Cantidad)
      c.term.out << r.valor;
    c.term.out << '\t' << r.detalle << '\n';
  }
  return 0;
}

}  // namespace

int cmd_training(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando");
  if (sub != "add" && sub != "attend" && sub != "list" && sub != "edit" && sub != "delete" &&
      sub != "institutions" && sub != "institution-add")
    throw UsageError("subcomando desconocido «" + sub +
                     "»; use add, attend, list, edit, delete, institutions, institution-add");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (sub == "add") return training_add(c, ws, actor);
  if (sub == "attend") return training_attend(c, ws, actor);
  if (sub == "edit") return training_edit(c, ws, actor);
  if (sub == "delete") return training_delete(c, ws, actor);
  if (sub == "institutions") return training_institutions(c, ws, actor);
  if (sub == "institution-add") return training_institution_add(c, ws, actor);
  return training_list(c, ws, actor);
}

int cmd_result(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando");
  if (sub != "add" && sub != "list")
    throw UsageError("subcomando desconocido «" + sub + "»; use add, list");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (sub == "add") return result_add(c, ws, actor);
  return result_list(c, ws, actor);
}

}  // namespace cdmype::cli
