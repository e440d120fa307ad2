// `breach record|notify|list`: the breach log of the data-protection law and its 72-hour clock.
#include <charconv>
#include <ostream>

#include "cli/commands.hpp"
#include "core/data_breach.hpp"
#include "core/errors.hpp"

namespace cdmype::cli {
namespace {

Moment moment_value(const std::string& option, const std::string& text) {
  const auto t = parse_local_minute(text);
  if (!t)
    throw UsageError("--" + option + ": «" + text +
                     "» no es una fecha y hora; use \"AAAA-MM-DD HH:MM\" (hora local)");
  return *t;
}

std::int64_t number_value(const std::string& what, const std::string& text) {
  std::int64_t n = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), n);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size() || n < 0)
    throw UsageError("«" + text + "» no es " + what);
  return n;
}

int breach_record(CommandContext& c) {
  c.args.allow_only({"detectada", "descripcion", "datos", "personas", "medidas"});
  c.args.max_positionals(1);
  DataBreach b;
  b.detectada = moment_value("detectada", c.args.required_option("detectada"));
  b.descripcion = c.args.required_option("descripcion");
  b.datos = c.args.option("datos").value_or("");
  b.personas = number_value("un número de personas", c.args.option("personas").value_or("0"));
  b.medidas = c.args.option("medidas").value_or("");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  auto service = ws.breaches();
  const DataBreach stored = service.record(actor, b);
  c.term.out << stored.id << '\n';
  c.term.err << "Brecha n.º " << stored.id
             << " registrada: " << breach_clock_text(stored, service.now()) << ".\n";
  return 0;
}

int breach_notify(CommandContext& c) {
  c.args.allow_only({"a", "fecha"});
  c.args.max_positionals(2);
  const std::int64_t id =
      number_value("un número de brecha", c.args.positional(1, "el número de la brecha"));
  const std::string to_text = c.args.required_option("a");
  const auto to = parse_breach_recipient(to_text);
  if (!to) throw UsageError("--a: «" + to_text + "»; use ace, fiscalia o personas");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  auto service = ws.breaches();
  const auto when = c.args.option("fecha");
  const DataBreach b =
      service.notify(actor, id, *to, when ? moment_value("fecha", *when) : service.now());
  c.term.err << "Notificación a " << breach_recipient_label(*to) << " registrada; brecha n.º "
             << b.id << ": " << breach_clock_text(b, service.now()) << ".\n";
  return 0;
}

// "3\t01/12/2026 09:15\t120\tquedan 12 h para notificar a: Fiscalía\tDescripción".
int breach_list(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  auto service = ws.breaches();
  for (const auto& b : service.all(actor))
    c.term.out << b.id << '\t' << local_minute_text(b.detectada) << '\t' << b.personas << '\t'
               << breach_clock_text(b, service.now()) << '\t' << b.descripcion << '\n';
  return 0;
}

}  // namespace

int cmd_breach(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (record, notify, list)");
  if (sub == "record") return breach_record(c);
  if (sub == "notify") return breach_notify(c);
  if (sub == "list") return breach_list(c);
  throw UsageError("subcomando de breach desconocido «" + sub + "»");
}

}  // namespace cdmype::cli
