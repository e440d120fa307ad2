// `report monthly`: the month's CONAMYPE report as PDF and/or JSON.
#include <ostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"

namespace cdmype::cli {

int cmd_report(CommandContext& c) {
  const std::string kind = c.args.positional(0, "el tipo de informe (monthly)");
  if (kind != "monthly") throw UsageError("informe desconocido «" + kind + "»; use monthly");
  c.args.allow_only({"month", "pdf", "json"});
  c.args.max_positionals(1);
  const std::string month_text = c.args.required_option("month");
  auto month = parse_year_month(month_text);
  if (!month) throw UsageError("mes inválido «" + month_text + "»; use AAAA-MM, p. ej. 2026-10");
  auto pdf = c.args.option("pdf");
  auto json = c.args.option("json");
  if (!pdf && !json) throw UsageError("indique --pdf ARCHIVO y/o --json ARCHIVO");

  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  c.progress("Informe", 0.1);
  report::MonthlyFigures figures =
      report::compute_monthly_figures(ws, actor, *month, report::generated_now());
  c.progress("Informe", 0.6);
  if (json) report::write_monthly_json(figures, *json);
  if (pdf) report::write_monthly_pdf(figures, *pdf);
  c.progress("Informe", 1.0);
  c.term.err << "Informe de " << month->to_string() << " escrito"
             << (pdf ? " en " + *pdf : std::string()) << (json ? " y " + *json : std::string())
             << ".\n";
  return 0;
}

}  // namespace cdmype::cli
