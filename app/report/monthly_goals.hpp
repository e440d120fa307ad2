// The report's goals section (metas): month, year to date, annual goal and % achieved.
#pragma once
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "report/monthly_figures.hpp"
#include "services/workspace.hpp"

namespace cdmype::report {

// One row per goal set for the report's year, in the order of core
// indicators(). "mes" is the figure of the report's own section (so the two
// always agree); "acumulado_anual" is the same indicator over 1 January to
// the month's last day, from the same SQL aggregates over that range:
// distinct-enterprise indicators count an enterprise once in the year,
// however many months it was attended. Indicators whose records this
// version does not keep yet (referrals, trainings, results) are 0. Empty
// when the year has no goals. `figures` has every section but metas filled.
std::vector<Meta> compute_goal_rows(services::Workspace& ws, const Actor& actor,
                                    const MonthlyFigures& figures);

}  // namespace cdmype::report
