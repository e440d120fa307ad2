// Calendar dates (Boost.Date_Time): ISO and dd/mm/aaaa forms, months, ages.
#pragma once
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace cdmype {

using Date = boost::gregorian::date;

// "2026-10-05" or "05/10/2026" (also d/m/aaaa). nullopt if not a real date.
std::optional<Date> parse_date(std::string_view text);
std::optional<Date> parse_iso_date(std::string_view text);
std::string to_iso(const Date& d);       // 2026-10-05
std::string to_display(const Date& d);   // 05/10/2026

// Whole years completed on `on` by someone born on `birth`.
int age_on(const Date& birth, const Date& on);

// A calendar month "YYYY-MM" with its first and last day.
struct YearMonth {
  int year = 0;
  int month = 0;  // 1..12
  Date first_day() const;
  Date last_day() const;
  std::string to_string() const;  // "2026-10"
  friend bool operator==(const YearMonth&, const YearMonth&) = default;
};
std::optional<YearMonth> parse_year_month(std::string_view text);

// Today's date in local time (the one clock read of the domain layer).
Date today();

}  // namespace cdmype
