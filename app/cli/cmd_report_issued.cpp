// `report issue` and `report show-issued`, and the "changed since issued" note of `report monthly`.
#include <ostream>

#include "cli/report_subcommands.hpp"
#include "core/errors.hpp"
#include "report/file_output.hpp"
#include "report/report_format.hpp"
#include "report/report_issue.hpp"

namespace cdmype::cli {
namespace {

// "03/11/2026 10:15" in local time; the stored text when unreadable.
std::string issued_when(const store::IssuedReport& r) {
  const auto t = store::parse_iso_utc(r.issued_at);
  return t ? report::format_generated(report::generated_at(*t)) : r.issued_at;
}

std::string_view bytes_of(const std::vector<unsigned char>& b) {
  return {reinterpret_cast<const char*>(b.data()), b.size()};
}

void write_pdf(const store::IssuedReport& r, const std::string& path) {
  report::write_file_atomically(path, bytes_of(r.pdf));
}

}  // namespace

int report_issue(CommandContext& c) {
  c.args.allow_only({"month", "replace", "pdf"});
  c.args.max_positionals(1);
  const YearMonth month = month_option(c);
  const auto pdf = c.args.option("pdf");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  store::IssuedReport issued;
  try {
    issued = report::issue_monthly_report(ws, actor, month, c.args.flag("replace"));
  } catch (const services::ReportAlreadyIssued& e) {
    throw UserError(std::string(e.what()) +
                    "\nPara reemplazarlo: cdmype-cli report issue --month " + month.to_string() +
                    " --replace");
  }
  if (pdf) write_pdf(issued, *pdf);
  c.term.out << "Informe de " << issued.periodo << " emitido"
             << (issued.version > 1 ? " (reemplaza la emisión anterior; versión " +
                                          std::to_string(issued.version) + ")"
                                    : std::string())
             << ".\nSHA-256 del PDF: " << issued.sha256 << "\n";
  if (pdf) c.term.err << "PDF emitido escrito en " << *pdf << ".\n";
  return 0;
}

int report_show_issued(CommandContext& c) {
  c.args.allow_only({"month", "pdf", "json"});
  c.args.max_positionals(1);
  const bool one_month = c.args.option("month").has_value();
  if (!one_month && (c.args.option("pdf") || c.args.option("json")))
    throw UsageError("--pdf y --json necesitan --month AAAA-MM");
  services::Workspace ws = c.open_workspace();
  Actor actor = c.sign_in(ws);
  if (!one_month) {
    const auto all = ws.issued_reports().list(actor);
    if (all.empty()) c.term.err << "Todavía no se ha emitido ningún informe.\n";
    for (const auto& r : all)
      c.term.out << r.periodo << '\t' << issued_when(r) << '\t' << r.issued_by_username << '\t'
                 << "versión " << r.version << '\t' << r.pdf_bytes << " bytes\t" << r.sha256
                 << '\n';
    return 0;
  }
  const YearMonth month = month_option(c);
  const auto r = ws.issued_reports().get(actor, month);
  if (!r) throw UserError("El informe de " + month.to_string() + " no se ha emitido.");
  c.term.out << "Informe de " << r->periodo << " emitido el " << issued_when(*r) << " por "
             << r->issued_by_username << " (versión " << r->version << ")\n"
             << "PDF: " << r->pdf_bytes << " bytes, SHA-256 " << r->sha256 << "\n";
  if (!services::IssuedReportService::intact(*r))
    throw UserError("El PDF guardado del informe de " + r->periodo +
                    " no coincide con su huella SHA-256: la base de datos se alteró o dañó. "
                    "Ejecute «cdmype-cli check» y restaure una copia de seguridad.");
  if (const auto pdf = c.args.option("pdf")) {
    write_pdf(*r, *pdf);
    c.term.err << "PDF emitido escrito en " << *pdf << ".\n";
  }
  if (const auto json = c.args.option("json")) {
    report::write_file_atomically(*json, r->json);
    c.term.err << "JSON emitido escrito en " << *json << ".\n";
  }
  return 0;
}

void print_changes_since_issue(CommandContext& c, services::Workspace& ws, const Actor& actor,
                               const report::MonthlyFigures& figures) {
  const auto cmp = report::compare_with_issued(ws, actor, figures);
  if (!cmp) return;
  c.term.err << "El informe de " << cmp->issued.periodo << " se emitió el "
             << issued_when(cmp->issued) << " (" << cmp->issued.issued_by_username << ")";
  if (cmp->changes.empty()) {
    c.term.err << "; las cifras no han cambiado desde entonces.\n";
    return;
  }
  c.term.err << "; desde entonces cambiaron " << cmp->changes.size()
             << (cmp->changes.size() == 1 ? " cifra" : " cifras") << ":\n";
  for (const auto& change : cmp->changes)
    c.term.err << "  " << report::describe_change(change) << '\n';
}

}  // namespace cdmype::cli
