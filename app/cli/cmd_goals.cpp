// `goals set|show`: the annual goals (metas) the monthly report measures progress against.
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/indicators.hpp"
#include "core/money.hpp"
#include "report/report_format.hpp"

namespace cdmype::cli {
namespace {

int parse_year(const std::string& text) {
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("año inválido «" + text + "»; use cuatro cifras, p. ej. 2026");
  return std::stoi(text);
}

// The value in the indicator's unit: dollars for money ("25000.00"),
// whole numbers otherwise.
std::int64_t parse_value(const std::string& indicador, const std::string& text,
                         NumberFormat format) {
  const auto known = find_indicator(indicador);
  if (!known) throw UserError(unknown_indicator_message(indicador));
  if (known->unit == IndicatorUnit::Cents) {
    const MoneyReading money = read_money(text, format);
    if (!money.value || money.value->cents < 0)
      throw UserError("valor: «" + text + "» no es un monto válido para " + indicador + " (" +
                      (money.value ? std::string("es negativo") : money.problem) +
                      "); escríbalo en dólares, p. ej. 25000.00 o 25,000.00");
    return money.value->cents;
  }
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
    throw UserError("valor: «" + text + "» no es un número entero de cero o más para " + indicador +
                    ".");
  return std::stoll(text);
}

std::string format_value(const std::string& indicador, std::int64_t value) {
  const auto known = find_indicator(indicador);
  if (known && known->unit == IndicatorUnit::Cents) return format_money(Money::from_cents(value));
  return report::format_count(value);
}

int goals_set(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"year", "indicator", "value"});
  c.args.max_positionals(1);
  const int year = parse_year(c.args.required_option("year"));
  const std::string indicador = c.args.required_option("indicator");
  const std::int64_t value = parse_value(indicador, c.args.required_option("value"),
                                           ws.center().settings().number_format);
  const auto goal = ws.goals().set(actor, year, indicador, value);
  c.term.err << "Meta " << goal.year << " de «" << report::indicador_label(goal.indicador)
             << "»: " << format_value(goal.indicador, goal.value)
             << (goal.value == 0 ? " (sin meta)" : "") << ".\n";
  return 0;
}

int goals_show(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"year"});
  c.args.max_positionals(1);
  std::optional<int> year;
  if (const auto y = c.args.option("year")) year = parse_year(*y);
  const auto goals = ws.goals().show(actor, year);
  if (goals.empty()) {
    c.term.err << (year ? "No hay metas definidas para " + std::to_string(*year)
                        : std::string("No hay metas definidas"))
               << "; use «goals set --year AAAA --indicator … --value …».\n";
    return 0;
  }
  for (const auto& g : goals)
    c.term.out << g.year << '\t' << g.indicador << '\t' << format_value(g.indicador, g.value)
               << '\t' << report::indicador_label(g.indicador) << '\n';
  return 0;
}

}  // namespace

int cmd_goals(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (set, show)");
  if (sub != "set" && sub != "show")
    throw UsageError("subcomando de goals desconocido «" + sub + "»; use set o show");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  return sub == "set" ? goals_set(c, ws, actor) : goals_show(c, ws, actor);
}

}  // namespace cdmype::cli
