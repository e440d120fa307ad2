// The date ranges of the report: the month itself and the year to date (1 January to month end).
#pragma once
#include "core/dates.hpp"
#include "store/monthly_queries.hpp"

namespace cdmype::report {

// [from, to] inclusive; "joven" means aged 15–29 on `to`.
store::MonthRange report_range(const Date& from, const Date& to);

// The first to the last day of the month (28/29 February included).
store::MonthRange month_range(const YearMonth& month);

// 1 January of the month's year to the month's last day: what the goals'
// "acumulado del año" covers.
store::MonthRange year_to_date_range(const YearMonth& month);

}  // namespace cdmype::report
