// The report's goals section (metas): month, year to date, annual goal and % achieved.
#pragma once
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "report/monthly_figures.hpp"
#include "services/workspace.hpp"

namespace cdmype::report {

// One row per goal set for the month's year, in the order of core
// indicators(). "mes" is the indicator over the month, "acumulado_anual"
// over 1 January to the month's last day, each computed by the same SQL
// aggregate over its range: distinct-enterprise indicators count an
// enterprise once in the year, however many months it was attended.
// Indicators whose records this version does not keep yet (referrals,
// trainings, results) are 0. Empty when the year has no goals.
std::vector<Meta> compute_goal_rows(services::Workspace& ws, const Actor& actor,
                                    const YearMonth& month);

}  // namespace cdmype::report
