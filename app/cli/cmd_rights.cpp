// `rights record|list|extend|answer|holiday-add|holidays`: the register of a person's
// data-protection requests (Decreto Legislativo 144) and the calendar of their deadlines.
#include <charconv>
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/rights_request.hpp"

namespace cdmype::cli {
namespace {

std::int64_t request_id(CommandContext& c) {
  const std::string text = c.args.positional(1, "el número de la solicitud");
  std::int64_t id = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), id);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size() || id <= 0)
    throw UsageError("«" + text + "» no es un número de solicitud");
  return id;
}

// "7\tacceso\tabierta\t02/11/2026\t30/11/2026\tRosa Peña\t01234567-8[\tprorrogada]".
void print(std::ostream& out, const RightsRequest& r) {
  out << r.id << '\t' << data_right_code(r.derecho) << '\t' << request_state_code(r.estado) << '\t'
      << to_display(r.recibida) << '\t' << to_display(r.vence) << '\t' << r.persona_nombre << '\t'
      << r.persona_dui << (r.extended() ? "\tprorrogada" : "") << '\n';
}

int rights_record(CommandContext& c) {
  c.args.allow_only({"nombre", "dui", "derecho", "recibida"});
  c.args.max_positionals(1);
  const std::string code = c.args.required_option("derecho");
  const auto right = parse_data_right(code);
  if (!right)
    throw UsageError("--derecho: «" + code +
                     "» no es un derecho; use acceso, rectificacion, cancelacion, oposicion, "
                     "portabilidad, olvido o limitacion");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto received = c.args.option("recibida");
  const RightsRequest r = ws.rights().record(
      actor, c.args.required_option("nombre"), c.args.option("dui").value_or(""), *right,
      received ? date_value("recibida", *received) : ws.context().today());
  c.term.out << r.id << '\n';
  c.term.err << "Solicitud de " << data_right_label(r.derecho) << " n.º " << r.id
             << " registrada; vence el " << to_display(r.vence) << " (20 días hábiles).\n";
  return 0;
}

int rights_list(CommandContext& c) {
  c.args.allow_only({"vencidas"});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const bool overdue = c.args.flag("vencidas");
  const auto list = overdue ? ws.rights().overdue(actor) : ws.rights().all(actor);
  for (const auto& r : list) print(c.term.out, r);
  if (overdue && !list.empty())
    c.term.err << list.size() << (list.size() == 1 ? " solicitud vencida" : " solicitudes vencidas")
               << " sin responder.\n";
  return overdue && !list.empty() ? 1 : 0;
}

int rights_extend(CommandContext& c) {
  c.args.allow_only({"reason"});
  c.args.max_positionals(2);
  const std::int64_t id = request_id(c);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto r = ws.rights().extend(actor, id, c.args.required_option("reason"));
  c.term.err << "Solicitud n.º " << r.id << " prorrogada hasta el " << to_display(r.vence) << ".\n";
  return 0;
}

int rights_answer(CommandContext& c) {
  c.args.allow_only({"respuesta"});
  c.args.max_positionals(2);
  const std::int64_t id = request_id(c);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto r = ws.rights().answer(actor, id, c.args.required_option("respuesta"));
  c.term.err << "Solicitud n.º " << r.id << " respondida el " << to_display(*r.respondida) << ".\n";
  return 0;
}

int rights_holiday_add(CommandContext& c) {
  c.args.allow_only({"fecha", "nombre"});
  c.args.max_positionals(1);
  const Date d = date_value("fecha", c.args.required_option("fecha"));
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  ws.rights().add_holiday(actor, d, c.args.required_option("nombre"));
  c.term.err << "Asueto del " << to_display(d) << " agregado al calendario de plazos.\n";
  return 0;
}

int rights_holidays(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  for (const auto& h : ws.rights().holidays(actor))
    c.term.out << to_display(h.fecha) << '\t' << h.nombre << '\n';
  return 0;
}

}  // namespace

int cmd_rights(CommandContext& c) {
  const std::string sub =
      c.args.positional(0, "el subcomando (record, list, extend, answer, holiday-add, holidays)");
  if (sub == "record") return rights_record(c);
  if (sub == "list") return rights_list(c);
  if (sub == "extend") return rights_extend(c);
  if (sub == "answer") return rights_answer(c);
  if (sub == "holiday-add") return rights_holiday_add(c);
  if (sub == "holidays") return rights_holidays(c);
  throw UsageError("subcomando de rights desconocido «" + sub + "»");
}

}  // namespace cdmype::cli
