// `salario-minimo list|add`: the dated monthly minimum wage that sizes enterprises.
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "core/minimum_wage.hpp"
#include "core/money.hpp"

namespace cdmype::cli {
namespace {

// One row per wage, oldest first: "01/06/2025\t$408.80\tDecreto …".
int wage_list(CommandContext& c) {
  c.args.allow_only({});
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  for (const auto& w : ws.minimum_wages().wages(actor))
    c.term.out << to_display(w.vigente_desde) << '\t' << format_money(w.monto) << '\t' << w.nota
               << '\n';
  return 0;
}

int wage_add(CommandContext& c) {
  c.args.allow_only({"desde", "monto", "nota"});
  MinimumWage w;
  w.vigente_desde = date_value("desde", c.args.required_option("desde"));
  w.monto = money_value("monto", c.args.required_option("monto"));
  w.nota = c.args.option("nota").value_or("");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const MinimumWage stored = ws.minimum_wages().add(actor, w);
  c.term.err << "Salario mínimo de " << format_money(stored.monto) << " desde el "
             << to_display(stored.vigente_desde) << ".\n";
  return 0;
}

}  // namespace

int cmd_minimum_wage(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (list, add)");
  c.args.max_positionals(1);
  if (sub == "list") return wage_list(c);
  if (sub == "add") return wage_add(c);
  throw UsageError("subcomando de salario-minimo desconocido «" + sub + "»");
}

}  // namespace cdmype::cli
