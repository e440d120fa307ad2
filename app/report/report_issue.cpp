// issue_monthly_report and compare_with_issued: the report layer's side of issuing.
#include "report/report_issue.hpp"

#include <ctime>

#include "report/monthly_report.hpp"
#include "report/report_json.hpp"
#include "report/report_package_build.hpp"
#include "report/report_pdf.hpp"

namespace cdmype::report {

GeneratedAt generated_at(store::TimePoint t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm local{};
  localtime_r(&secs, &local);
  return GeneratedAt{Date(static_cast<unsigned short>(local.tm_year + 1900),
                          static_cast<unsigned short>(local.tm_mon + 1),
                          static_cast<unsigned short>(local.tm_mday)),
                     local.tm_hour, local.tm_min};
}

store::IssuedReport issue_monthly_report(services::Workspace& ws, const Actor& actor,
                                         const YearMonth& month, bool replace) {
  require(actor, Action::IssueReport);  // before the work of computing and rendering
  const MonthlyFigures figures =
      compute_monthly_figures(ws, actor, month, generated_at(ws.context().clock()));
  store::IssuedReport issued = ws.issued_reports().issue(
      actor, month, monthly_json(figures), monthly_pdf(figures), replace);
  // The package for CONAMYPE is made with the issue, so it says what was issued that day.
  refresh_report_package(ws, actor, month);
  return issued;
}

std::optional<IssuedComparison> compare_with_issued(services::Workspace& ws, const Actor& actor,
                                                    const MonthlyFigures& figures) {
  auto issued = ws.issued_reports().get(actor, figures.periodo);
  if (!issued) return std::nullopt;
  IssuedComparison c;
  c.changes = compare_report_json(issued->json, monthly_json(figures));
  c.issued = std::move(*issued);
  return c;
}

}  // namespace cdmype::report
