// Calendar dates on Boost.Date_Time: ISO and dd/mm/aaaa parsing, display, months, ages.
#include "core/dates.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <stdexcept>

#include "core/text.hpp"

namespace cdmype {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number in `s` when it is 1..`max_len` ASCII digits.
std::optional<int> small_number(std::string_view s, std::size_t min_len, std::size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (!is_digit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Boost checks the calendar (30 days in April, 29 February only in leap
// years) and throws std::out_of_range subclasses; that is the one check.
std::optional<Date> make_date(int y, int m, int d) {
  try {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  const std::string t = trim(text);
  const std::string_view s = t;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto y = small_number(s.substr(0, 4), 4, 4);
  const auto m = small_number(s.substr(5, 2), 2, 2);
  const auto d = small_number(s.substr(8, 2), 2, 2);
  if (!y || !m || !d) return std::nullopt;
  return make_date(*y, *m, *d);
}

std::optional<Date> parse_date(std::string_view text) {
  const std::string t = trim(text);
  const std::string_view s = t;
  if (auto iso = parse_iso_date(s)) return iso;
  // dd/mm/aaaa as shown on screen and typed by Spanish Excel users; the day
  // and month may have one digit, the year always has four.
  const auto a = s.find('/');
  const auto b = a == std::string_view::npos ? a : s.find('/', a + 1);
  if (b == std::string_view::npos || s.find('/', b + 1) != std::string_view::npos)
    return std::nullopt;
  const auto d = small_number(s.substr(0, a), 1, 2);
  const auto m = small_number(s.substr(a + 1, b - a - 1), 1, 2);
  const auto y = small_number(s.substr(b + 1), 4, 4);
  if (!y || !m || !d) return std::nullopt;
  return make_date(*y, *m, *d);
}

std::string to_iso(const Date& d) {
  if (d.is_special()) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(d.year()), int(d.month()), int(d.day()));
  return buf;
}

std::string to_display(const Date& d) {
  if (d.is_special()) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", int(d.day()), int(d.month()), int(d.year()));
  return buf;
}

int age_on(const Date& birth, const Date& on) {
  int years = int(on.year()) - int(birth.year());
  // Not yet had this year's birthday. Someone born on 29 February turns a
  // year older on 1 March in common years.
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
    --years;
  return years;
}

Date YearMonth::first_day() const {
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
}

Date YearMonth::last_day() const { return first_day().end_of_month(); }

std::string YearMonth::to_string() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
  const std::string t = trim(text);
  const std::string_view s = t;
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  const auto y = small_number(s.substr(0, 4), 4, 4);
  const auto m = small_number(s.substr(5, 2), 2, 2);
  // Boost's calendar starts in 1400; a month outside it has no first day.
  if (!y || !m || *m < 1 || *m > 12 || *y < 1400) return std::nullopt;
  return YearMonth{*y, *m};
}

Date today() { return boost::gregorian::day_clock::local_day(); }

}  // namespace cdmype
