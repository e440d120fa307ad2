// ISO-8601 UTC timestamps and dates for the store (no <format> in GCC 12, so time.h).
#include "store/clock.hpp"

#include <cstdio>
#include <ctime>

#include "store/sql/statement.hpp"

namespace cdmype::store {

Clock database_clock(Connection& c) {
  if (c.engine() != Engine::PostgreSQL) return system_clock();
  const auto before = std::chrono::system_clock::now();
  Statement q(c, "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000 AS BIGINT) AS us");
  q.step();
  const auto after = std::chrono::system_clock::now();
  const auto server = TimePoint(std::chrono::microseconds(q.int64("us")));
  const auto offset = server - (before + (after - before) / 2);
  return [offset] { return std::chrono::system_clock::now() + offset; };
}

Clock system_clock() {
  return [] { return std::chrono::system_clock::now(); };
}

std::string iso_utc(TimePoint t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];  // sized for any int the format could print (keeps -Wformat-truncation quiet)
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::optional<TimePoint> parse_iso_utc(std::string_view text) {
  // Exactly "YYYY-MM-DDTHH:MM:SSZ"; anything else is not ours.
  if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z')
    return std::nullopt;
  auto num = [&](size_t pos, size_t len) -> int {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  std::tm tm{};
  tm.tm_year = num(0, 4) - 1900;
  tm.tm_mon = num(5, 2) - 1;
  tm.tm_mday = num(8, 2);
  tm.tm_hour = num(11, 2);
  tm.tm_min = num(14, 2);
  tm.tm_sec = num(17, 2);
  if (tm.tm_year < 0 || tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
      tm.tm_hour < 0 || tm.tm_hour > 23 || tm.tm_min < 0 || tm.tm_min > 59 || tm.tm_sec < 0 ||
      tm.tm_sec > 60)
    return std::nullopt;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::optional<Date> date_of_timestamp(std::string_view iso) {
  if (iso.size() < 10) return std::nullopt;
  return parse_iso_date(iso.substr(0, 10));
}

Date local_date(TimePoint t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  localtime_r(&secs, &tm);
  return Date(static_cast<unsigned short>(tm.tm_year + 1900),
              static_cast<unsigned short>(tm.tm_mon + 1), static_cast<unsigned short>(tm.tm_mday));
}

}  // namespace cdmype::store
