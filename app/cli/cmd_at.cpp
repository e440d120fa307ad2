// `at …` subcommands: AT life cycle (request … cancel), approval queue, detail and list.
#include <ostream>

#include "cli/at_output.hpp"
#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "core/errors.hpp"

namespace cdmype::cli {
namespace {

constexpr const char* kSubcommands =
    "request, draft, queue, approve, reject, contract, start, finish, copago, pago, settle, "
    "cancel, show, list";

bool is_payment(const std::string& sub) { return sub == "copago" || sub == "pago"; }

services::AtDraft draft_options(const CommandContext& c, services::Workspace& ws) {
  c.args.allow_only({"empresa", "descripcion", "proveedor", "costo", "especialidad"});
  c.args.max_positionals(1);
  services::AtDraft d;
  d.empresa_codigo = c.args.required_option("empresa");
  d.descripcion = c.args.required_option("descripcion");
  d.costo_total = money_value("costo", c.args.required_option("costo"), number_format(ws));
  d.proveedor = c.args.option("proveedor").value_or("");
  d.especialidad = c.args.option("especialidad").value_or("");
  return d;
}

// `at request --empresa …` (new) or `at request CÓDIGO` (a draft); `at draft --empresa …`.
int at_request(CommandContext& c, services::Workspace& ws, const Actor& actor, bool only_draft) {
  TechnicalAssistance at;
  if (!only_draft && c.args.positionals().size() > 1) {
    c.args.allow_only({"fecha"});
    c.args.max_positionals(2);
    AtStepInput in;
    in.fecha = fecha_option(c);
    at = ws.assistances().step(actor, c.args.positional(1, "el código"), AtAction::Request, in);
  } else {
    const services::AtDraft d = draft_options(c, ws);
    at = only_draft ? ws.assistances().draft(actor, d) : ws.assistances().request_new(actor, d);
  }
  // The code alone on stdout, so scripts can capture it (product.md §5).
  c.term.out << at.codigo << '\n';
  c.term.err << "Asistencia " << at.codigo << " en estado «" << at_estado_label(at.estado)
             << "», costo total " << format_money(at.costo_total) << ".\n";
  return 0;
}

// The step; a contract refused for want of a provider says how to name one here.
TechnicalAssistance take_step(services::Workspace& ws, const Actor& actor,
                              const std::string& codigo, AtAction action, const AtStepInput& in,
                              const std::string& proveedor) {
  try {
    return ws.assistances().step(actor, codigo, action, in, proveedor);
  } catch (const PermissionDenied&) {
    throw;
  } catch (const UserError& e) {
    if (action != AtAction::Contract || !proveedor.empty()) throw;
    const auto d = ws.assistances().detail(actor, codigo);
    if (!d || d->at.provider_id || d->at.estado != AtEstado::Aprobada) throw;
    throw UserError(std::string(e.what()) + " Indíquelo con «cdmype-cli at contract " +
                    d->at.codigo + " --proveedor \"Nombre del proveedor\"».");
  }
}

int at_step(CommandContext& c, services::Workspace& ws, const Actor& actor, AtAction action) {
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código de la asistencia (CH-AT-2026-0001)");
  AtStepInput in;
  std::string proveedor;
  switch (action) {
    case AtAction::Reject:
      c.args.allow_only({"reason", "fecha"});
      in.motivo = c.args.required_option("reason");
      break;
    case AtAction::Cancel:
      c.args.allow_only({"reason", "fecha"});
      in.motivo = c.args.option("reason").value_or("");
      break;
    case AtAction::Finish:
      c.args.allow_only({"rating", "fecha"});
      if (const auto r = c.args.option("rating")) {
        if (r->size() != 1 || (*r)[0] < '1' || (*r)[0] > '5')
          throw UserError("--rating: la calificación del proveedor va de 1 a 5 (se indicó «" + *r +
                          "»).");
        in.calificacion = (*r)[0] - '0';
      }
      break;
    case AtAction::Contract:
      c.args.allow_only({"proveedor", "fecha"});
      proveedor = c.args.option("proveedor").value_or("");
      break;
    default:
      c.args.allow_only({"fecha"});
  }
  in.fecha = fecha_option(c);
  const TechnicalAssistance at = take_step(ws, actor, codigo, action, in, proveedor);
  c.term.err << "Asistencia " << at.codigo << ": " << at_estado_label(at.estado);
  if (action == AtAction::Approve && at.subsidio)
    c.term.err << "; subsidio " << format_money(at.subsidio->subsidio) << " ("
               << explain(*at.subsidio) << "), aporte de la empresa "
               << format_money(at.subsidio->copago);
  c.term.err << ".\n";
  return 0;
}

// `at copago CÓDIGO --monto 50.25 [--fecha …]` and `at pago CÓDIGO --monto 1005.05 [--fecha …]`.
int at_payment(CommandContext& c, services::Workspace& ws, const Actor& actor,
               const std::string& sub) {
  c.args.allow_only({"monto", "fecha"});
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código de la asistencia (CH-AT-2026-0001)");
  const Money monto = money_value("monto", c.args.required_option("monto"), number_format(ws));
  const std::optional<Date> fecha = fecha_option(c);
  const bool copago = sub == "copago";
  const TechnicalAssistance at =
      copago ? ws.assistances().receive_copayment(actor, codigo, monto, fecha)
             : ws.assistances().pay_provider(actor, codigo, monto, fecha);
  const AtPaymentKind kind = copago ? AtPaymentKind::AporteEmpresa : AtPaymentKind::PagoProveedor;
  c.term.err << "Asistencia " << at.codigo << ": "
             << (copago ? "aporte de la empresa recibido " : "pagado al proveedor ")
             << format_money(payment_made(at, kind)) << " de "
             << format_money(payment_owed(at, kind)) << ".\n";
  return 0;
}

int at_show(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código de la asistencia");
  const auto d = ws.assistances().detail(actor, codigo);
  if (!d) throw UserError("No existe la asistencia técnica «" + codigo + "».");
  std::optional<SubsidyDecision> estimate;
  if (d->at.estado == AtEstado::Borrador || d->at.estado == AtEstado::Solicitada)
    estimate = ws.assistances().preview(actor, codigo);
  print_at_detail(c.term.out, *d, estimate);
  return 0;
}

int at_queue(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  const auto rows = ws.assistances().queue(actor);
  if (rows.empty()) c.term.err << "No hay solicitudes pendientes de aprobación.\n";
  print_queue(c.term.out, rows);
  return 0;
}

int at_list(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"estado", "empresa"});
  c.args.max_positionals(1);
  store::AtFilter filter;
  if (const auto e = c.args.option("estado")) {
    filter.estado = parse_code<AtEstado>(*e);
    if (!filter.estado)
      throw UsageError("estado desconocido «" + *e + "»; use uno de: " + list_codes<AtEstado>());
  }
  if (const auto code = c.args.option("empresa")) {
    const auto e = ws.enterprises().by_codigo(actor, *code);
    if (!e) throw UserError("No existe la empresa con código «" + *code + "».");
    filter.enterprise_id = e->meta.id;
  }
  print_at_list(c.term.out, ws.assistances().list(actor, filter));
  return 0;
}

// Misuse is reported before asking for the password (exit 2, nothing done).
void check_usage(const CommandContext& c, const std::string& sub, std::optional<AtAction> action) {
  const bool new_request = sub == "draft" || (sub == "request" && c.args.positionals().size() < 2);
  if (new_request) {
    c.args.allow_only({"empresa", "descripcion", "proveedor", "costo", "especialidad"});
    c.args.max_positionals(1);
    for (const char* required : {"empresa", "descripcion", "costo"})
      c.args.required_option(required);
    return;
  }
  if (sub == "queue") {
    c.args.allow_only({});
    c.args.max_positionals(1);
    return;
  }
  if (sub == "list") {
    c.args.allow_only({"estado", "empresa"});
    c.args.max_positionals(1);
    return;
  }
  c.args.max_positionals(2);
  c.args.positional(1, "el código de la asistencia (CH-AT-2026-0001)");
  if (sub == "show") return c.args.allow_only({});
  if (is_payment(sub)) {
    c.args.allow_only({"monto", "fecha"});
    c.args.required_option("monto");
    if (const auto f = c.args.option("fecha")) date_value("fecha", *f);
    return;
  }
  switch (*action) {
    case AtAction::Reject:
      c.args.allow_only({"reason", "fecha"});
      c.args.required_option("reason");
      break;
    case AtAction::Cancel:
      c.args.allow_only({"reason", "fecha"});
      break;
    case AtAction::Finish:
      c.args.allow_only({"rating", "fecha"});
      break;
    case AtAction::Contract:
      c.args.allow_only({"proveedor", "fecha"});
      break;
    default:
      c.args.allow_only({"fecha"});
  }
  if (const auto f = c.args.option("fecha")) date_value("fecha", *f);
}

}  // namespace

int cmd_at(CommandContext& c) {
  const std::string sub =
      c.args.positional(0, (std::string("el subcomando (") + kSubcommands + ")").c_str());
  const auto action = parse_at_action(sub);
  const bool known = action || sub == "draft" || sub == "queue" || sub == "show" ||
                     sub == "list" || is_payment(sub);
  if (!known) throw UsageError("subcomando de at desconocido «" + sub + "»; use " + kSubcommands);
  check_usage(c, sub, action);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (sub == "draft") return at_request(c, ws, actor, true);
  if (sub == "queue") return at_queue(c, ws, actor);
  if (sub == "show") return at_show(c, ws, actor);
  if (sub == "list") return at_list(c, ws, actor);
  if (is_payment(sub)) return at_payment(c, ws, actor, sub);
  if (*action == AtAction::Request) return at_request(c, ws, actor, false);
  return at_step(c, ws, actor, *action);
}

}  // namespace cdmype::cli
