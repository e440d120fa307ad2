// The report's referrals, trainings and results sections (product.md §3), from SQL aggregates.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/dates.hpp"
#include "report/monthly_figures.hpp"
#include "services/workspace.hpp"
#include "store/outcome_monthly_queries.hpp"

namespace cdmype::report {

// Referrals received in the month (their fecha) by ventanilla distrito
// (qualified "San Fernando (Morazán)" when the name repeats) and by state;
// trainings held in the month and their participants by sex; results dated in
// the month. The caller has checked ViewReports.
// From `from` (the month's first day, or 1 January) to the month's last day.
void fill_outcome_figures(services::Workspace& ws, const YearMonth& month, const Date& from,
                          MonthlyFigures& f);

Remisiones remisiones_of(const store::ReferralTotals& t);
Capacitaciones capacitaciones_of(const store::TrainingTotals& t);
Resultados resultados_of(const store::ResultTotals& t);

}  // namespace cdmype::report
