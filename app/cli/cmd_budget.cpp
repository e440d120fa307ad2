// `budget set|show`: the yearly AT fund, its CONAMYPE / operator split, committed and executed.
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "core/budget.hpp"
#include "core/errors.hpp"
#include "core/subsidy_policy.hpp"

namespace cdmype::cli {
namespace {

void print_budget(std::ostream& out, const std::optional<AtBudget>& b, const BudgetFigures& f) {
  out << "Año: " << f.year << '\n';
  if (b) {
    out << "Fondo de asistencia técnica: " << format_money(b->fondo) << '\n';
    out << "Aporte de CONAMYPE: " << format_money(conamype_share(*b)) << " ("
        << format_bp(b->conamype_bp) << ")\n";
    out << "Aporte del operador: " << format_money(operador_share(*b)) << " ("
        << format_bp(b->operador_bp()) << ")\n";
  } else {
    out << "Fondo de asistencia técnica: no definido (las aprobaciones no tienen límite)\n";
  }
  out << "Comprometido: " << format_money(f.committed) << '\n';
  out << "Ejecutado: " << format_money(f.executed) << '\n';
  if (f.remaining) out << "Disponible: " << format_money(*f.remaining) << '\n';
}

}  // namespace

int cmd_budget(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (set, show)");
  if (sub != "set" && sub != "show")
    throw UsageError("subcomando de budget desconocido «" + sub + "»");
  c.args.max_positionals(1);
  if (sub == "set") {
    c.args.allow_only({"year", "at-fund", "conamype-pct"});
    AtBudget b;
    b.year = year_value(c.args.required_option("year"));
    if (const auto pct = c.args.option("conamype-pct"))
      b.conamype_bp = percent_value("conamype-pct", *pct);
    services::Workspace ws = c.open_workspace();
    const Actor actor = c.sign_in(ws);
    b.fondo = money_value("at-fund", c.args.required_option("at-fund"), number_format(ws));
    ws.budgets().set(actor, b);
    c.term.err << "Fondo de asistencia técnica " << b.year << ": " << format_money(b.fondo)
               << " (CONAMYPE " << format_bp(b.conamype_bp) << ", operador "
               << format_bp(b.operador_bp()) << ").\n";
    return 0;
  }
  c.args.allow_only({"year"});
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const int year = c.args.option("year") ? year_value(*c.args.option("year"))
                                         : static_cast<int>(ws.context().today().year());
  print_budget(c.term.out, ws.budgets().get(actor, year), ws.budgets().figures(actor, year));
  return 0;
}

}  // namespace cdmype::cli
