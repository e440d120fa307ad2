// Issuing a month's report (JSON + PDF stored with a hash) and comparing today's figures with it.
#pragma once
#include <optional>
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "report/monthly_figures.hpp"
#include "report/report_changes.hpp"
#include "services/workspace.hpp"
#include "store/issued_report_repository.hpp"

namespace cdmype::report {

// IssueReport. Computes the month's figures now (stamped with the
// workspace clock), renders JSON and PDF and stores them through
// IssuedReportService::issue (month over; once unless `replace`); then, when the national key is
// set, the month's signed package for CONAMYPE (report_package_build.hpp).
store::IssuedReport issue_monthly_report(services::Workspace& ws, const Actor& actor,
                                         const YearMonth& month, bool replace);

struct IssuedComparison {
  store::IssuedReport issued;  // the stored report (JSON and PDF included)
  std::vector<FigureChange> changes;
};

// ViewReports. nullopt when figures.periodo was never issued; otherwise the
// stored report and what differs between its JSON and monthly_json(figures).
std::optional<IssuedComparison> compare_with_issued(services::Workspace& ws, const Actor& actor,
                                                    const MonthlyFigures& figures);

// The local date and time of a workspace clock reading, for GeneratedAt.
GeneratedAt generated_at(store::TimePoint t);

}  // namespace cdmype::report
