// report_range and its two uses; the "joven" age band is measured on the range's last day.
#include "report/report_range.hpp"

namespace cdmype::report {

store::MonthRange report_range(const Date& from, const Date& to) {
  using boost::gregorian::years;
  store::MonthRange r;
  r.from = from;
  r.to = to;
  r.born_on_or_before = to - years(15);
  r.born_after = to - years(30);
  return r;
}

store::MonthRange month_range(const YearMonth& month) {
  return report_range(month.first_day(), month.last_day());
}

store::MonthRange year_to_date_range(const YearMonth& month) {
  return report_range(YearMonth{month.year, 1}.first_day(), month.last_day());
}

}  // namespace cdmype::report
