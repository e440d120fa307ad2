// Gathers the package's parts through the services, then signs its manifest.
#include "report/report_package_build.hpp"

#include "core/errors.hpp"
#include "report/monthly_report.hpp"
#include "report/report_issue.hpp"
#include "report/report_json.hpp"

namespace cdmype::report {

ReportPackage make_report_package(services::Workspace& ws, const Actor& actor,
                                  const YearMonth& month) {
  require(actor, Action::IssueReport);
  const auto issued = ws.issued_reports().get(actor, month);
  if (!issued)
    throw UserError("El informe de " + month.to_string() +
                    " no se ha emitido: emítalo primero («cdmype-cli report issue --month " +
                    month.to_string() + "»).");
  auto packages = ws.report_packages();
  ReportPackage p;
  const auto settings = ws.center().settings();
  p.centro = settings.center_name;
  p.prefijo = settings.prefix;
  p.periodo = month.to_string();
  p.informe_json = issued->json;
  p.informe_pdf.assign(issued->pdf.begin(), issued->pdf.end());
  p.empresas_mes = packages.served_pseudonyms(actor, month.first_day(), month.last_day());
  p.empresas_anio = packages.served_pseudonyms(actor, Date(month.year, 1, 1), month.last_day());
  p.acumulado_json = monthly_json(
      compute_year_to_date_figures(ws, actor, month, generated_at(ws.context().clock())));
  p.clave_publica = packages.public_key(actor);
  p.firma = packages.sign(actor, package_manifest(p));
  return p;
}

std::string report_package_file(services::Workspace& ws, const Actor& actor,
                                const YearMonth& month) {
  require(actor, Action::IssueReport);
  if (auto stored = ws.report_packages().stored(actor, month)) return *stored;
  std::string file = write_package(make_report_package(ws, actor, month));
  ws.report_packages().store(actor, month, file);
  return file;
}

bool refresh_report_package(services::Workspace& ws, const Actor& actor, const YearMonth& month) {
  if (!ws.report_packages().national_key_set()) return false;
  ws.report_packages().store(actor, month, write_package(make_report_package(ws, actor, month)));
  return true;
}

}  // namespace cdmype::report
