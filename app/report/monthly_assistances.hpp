// The technical-assistance section of the monthly report: approved and finished AT, year-to-date
// budget.
#pragma once
#include "core/dates.hpp"
#include "report/monthly_figures.hpp"
#include "services/workspace.hpp"

namespace cdmype::report {

// product.md §3 "asistencias_tecnicas" for `month`. Approved in the month:
// fecha_aprobacion in the month and still aprobada or later. Rejected AT are
// not approvals; an AT cancelled after its approval is not counted either,
// because its subsidy went back to the fund (the same rule as the budget's
// committed figure, so the two agree). Finished: fecha_finalizacion in the
// month. Budget: the report year's fund with what was committed and executed
// up to the month's last day; nullopt when no fund is set for the year.
// The caller has checked ViewReports.
// From `from` (the month's first day, or 1 January for the year to date) to the month's last day.
AsistenciasTecnicas compute_assistance_figures(services::Workspace& ws, const YearMonth& month,
                                               const Date& from);

}  // namespace cdmype::report
