// `report monthly|issue|show-issued|tratamiento`: the month's CONAMYPE report as PDF, JSON and
// Excel; the register of processing activities as PDF.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/report_subcommands.hpp"
#include "core/errors.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "report/processing_register_pdf.hpp"
#include "report/report_json.hpp"
#include "report/report_pdf.hpp"
#include "report/report_xlsx.hpp"

namespace cdmype::cli {
namespace {

int report_monthly(CommandContext& c) {
  c.args.allow_only({"month", "pdf", "json", "xlsx"});
  c.args.max_positionals(1);
  const YearMonth month = month_option(c);
  auto pdf = c.args.option("pdf");
  auto json = c.args.option("json");
  auto xlsx = c.args.option("xlsx");
  if (!pdf && !json && !xlsx) throw UsageError("indique --pdf, --json y/o --xlsx ARCHIVO");
  if (xlsx && !report::xlsx_available())
    throw UserError(
        "Esta instalación se compiló sin libxlsxwriter: no puede escribir --xlsx; "
        "use --json o --pdf.");

  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  c.progress("Informe", 0.1);
  report::MonthlyFigures figures =
      report::compute_monthly_figures(ws, actor, month, report::generated_now());
  c.progress("Informe", 0.5);
  std::vector<std::string> written;
  if (json) {
    report::write_monthly_json(figures, *json);
    written.push_back(*json);
  }
  if (pdf) {
    report::write_monthly_pdf(figures, *pdf);
    written.push_back(*pdf);
  }
  if (xlsx) {
    report::write_monthly_xlsx(figures, *xlsx);
    written.push_back(*xlsx);
  }
  c.progress("Informe", 1.0);
  std::string files;
  for (std::size_t i = 0; i < written.size(); ++i)
    files += (i == 0 ? "" : (i + 1 == written.size() ? " y " : ", ")) + written[i];
  c.term.err << "Informe de " << month.to_string() << " escrito en " << files << ".\n";
  print_changes_since_issue(c, ws, actor, figures);
  return 0;
}

// The register of processing activities (Decreto Legislativo 144) as a PDF.
int report_processing_register(CommandContext& c) {
  c.args.allow_only({"pdf"});
  c.args.max_positionals(1);
  const std::string pdf = c.args.required_option("pdf");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  report::write_file_atomically(
      pdf, report::processing_register_pdf(ws.processing_register().gather(actor),
                                           report::paper_of(ws.center().settings().paper_size)));
  c.term.err << "Registro de actividades de tratamiento escrito en " << pdf << ".\n";
  return 0;
}

}  // namespace

YearMonth month_option(const CommandContext& c) {
  const std::string text = c.args.required_option("month");
  auto month = parse_year_month(text);
  if (!month) throw UsageError("mes inválido «" + text + "»; use AAAA-MM, p. ej. 2026-10");
  return *month;
}

int cmd_report(CommandContext& c) {
  const std::string kind =
      c.args.positional(0, "el tipo de informe (monthly, issue, show-issued, package, tratamiento)");
  if (kind == "monthly") return report_monthly(c);
  if (kind == "tratamiento") return report_processing_register(c);
  if (kind == "issue") return report_issue(c);
  if (kind == "show-issued") return report_show_issued(c);
  if (kind == "package") return report_package(c);
  throw UsageError("informe desconocido «" + kind +
                   "»; use monthly, issue, show-issued, package o tratamiento");
}

}  // namespace cdmype::cli
