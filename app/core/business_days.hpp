// Business days in El Salvador, for the law's deadlines (Decreto Legislativo 144: a person's
// request is answered within 20 business days, extendable once by 20).
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/dates.hpp"

namespace cdmype {

// Easter Sunday of `year` (Gregorian computus, the anonymous «Meeus/Jones/Butcher» algorithm).
Date easter_sunday(int year);

// The paid national holidays of art. 190 of the Código de Trabajo: 1 January; Thursday, Friday
// and Saturday of Holy Week; 1 May; 10 May; 17 June; 6 August; 15 September; 2 November;
// 25 December. Their Spanish name, or "" for an ordinary day.
std::string national_holiday_name(const Date& d);

// The calendar a deadline is counted on: weekends, the national holidays and the days the
// director adds (a decreed holiday, the district's patron saint day).
class BusinessCalendar {
 public:
  explicit BusinessCalendar(std::set<Date> extra_holidays = {})
      : extra_(std::move(extra_holidays)) {}
  bool is_business_day(const Date& d) const;
  // The date `n` business days after `from` (from itself not counted; n ≥ 0).
  Date add_business_days(const Date& from, int n) const;
  // Business days after `from` up to and including `to` (0 when to ≤ from).
  int business_days_between(const Date& from, const Date& to) const;

 private:
  std::set<Date> extra_;
};

}  // namespace cdmype
