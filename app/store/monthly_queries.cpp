// The monthly report's enterprise and session aggregates: from the trigger-kept aggregate tables
// for whole months and years to date, else from the sessions over an indexed range.
#include "store/monthly_queries.hpp"

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <utility>

namespace cdmype::store {
namespace {

// Enterprises with a session in [?1, ?2]; the (fecha, enterprise_id) index
// answers it without touching the session rows.
constexpr const char* kAttended =
    "WITH attended AS (SELECT DISTINCT enterprise_id AS id FROM advisory_session "
    "                  WHERE fecha BETWEEN ?1 AND ?2) ";

void bind_range(SQLite::Statement& q, const MonthRange& r) {
  q.bind(1, to_iso(r.from));
  q.bind(2, to_iso(r.to));
}

// The report's two ranges read the aggregates of 0007_report_aggregates.sql;
// any other range falls back to the sessions themselves.

// "2026-10" when the range is exactly one calendar month.
std::optional<std::string> whole_month(const MonthRange& r) {
  if (r.from.is_special() || r.to.is_special()) return std::nullopt;
  const YearMonth m{r.from.year(), r.from.month()};
  if (r.from != m.first_day() || r.to != m.last_day()) return std::nullopt;
  return m.to_string();
}

// "2026" when the range runs from 1 January to a day of the same year.
std::optional<std::string> year_to_day(const MonthRange& r) {
  if (r.from.is_special() || r.to.is_special()) return std::nullopt;
  if (r.from.month() != 1 || r.from.day() != 1 || r.to.year() != r.from.year() || r.to < r.from)
    return std::nullopt;
  return std::to_string(static_cast<int>(r.from.year()));
}

// First and last month ("2026-01", "2026-10") when the range starts on a
// first day and ends on a last day of a month.
std::optional<std::pair<std::string, std::string>> whole_months(const MonthRange& r) {
  if (r.from.is_special() || r.to.is_special() || r.to < r.from) return std::nullopt;
  const YearMonth first{r.from.year(), r.from.month()};
  const YearMonth last{r.to.year(), r.to.month()};
  if (r.from != first.first_day() || r.to != last.last_day()) return std::nullopt;
  return std::make_pair(first.to_string(), last.to_string());
}

// Attended enterprises of a whole month (?1 = "YYYY-MM") or of a year up to
// a day (?1 = "YYYY"), ?2 = the range's last day (always true for a month's
// rows); ?3/?4 are the "joven" birth bounds.
constexpr const char* kAttendedIn = "period = ?1 AND first_fecha <= ?2";

struct AttendanceFilter {
  const char* where = kAttendedIn;
  std::string period;
  std::string to;
};

std::optional<AttendanceFilter> attendance_filter(const MonthRange& r) {
  if (auto m = whole_month(r)) return AttendanceFilter{kAttendedIn, *m, to_iso(r.to)};
  if (auto y = year_to_day(r)) return AttendanceFilter{kAttendedIn, *y, to_iso(r.to)};
  return std::nullopt;
}

void bind_filter(SQLite::Statement& q, const AttendanceFilter& f, const MonthRange& r) {
  q.bind(1, f.period);
  q.bind(2, f.to);
  q.bind(3, to_iso(r.born_after));
  q.bind(4, to_iso(r.born_on_or_before));
}

constexpr const char* kJoven =
    "titular_fecha_nacimiento > ?3 AND titular_fecha_nacimiento <= ?4";

}  // namespace

AttendedTotals MonthlyQueries::attended_totals(const MonthRange& r) {
  if (const auto f = attendance_filter(r)) {
    SQLite::Statement q(db_, std::string(
        "SELECT COUNT(*), COALESCE(SUM(liderada_por_mujer), 0), "
        "       COALESCE(SUM(zona = 'rural'), 0), COALESCE(SUM(asociativa), 0), "
        "       COALESCE(SUM(") + kJoven + "), 0) "
        "FROM enterprise_attendance WHERE " + f->where);
    bind_filter(q, *f, r);
    q.executeStep();
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
            q.getColumn(3).getInt64(), q.getColumn(4).getInt64()};
  }
  SQLite::Statement q(db_, std::string(kAttended) +
      "SELECT COUNT(*), COALESCE(SUM(e.liderada_por_mujer), 0), "
      "       COALESCE(SUM(CASE WHEN e.zona = 'rural' THEN 1 ELSE 0 END), 0), "
      "       COALESCE(SUM(e.asociativa), 0), "
      "       COALESCE(SUM(CASE WHEN e.titular_fecha_nacimiento > ?3 "
      "                          AND e.titular_fecha_nacimiento <= ?4 THEN 1 ELSE 0 END), 0) "
      "FROM attended a JOIN enterprise e ON e.id = a.id");
  bind_range(q, r);
  q.bind(3, to_iso(r.born_after));
  q.bind(4, to_iso(r.born_on_or_before));
  AttendedTotals t;
  if (q.executeStep()) {
    t.total = q.getColumn(0).getInt64();
    t.mujer = q.getColumn(1).getInt64();
    t.rural = q.getColumn(2).getInt64();
    t.asociativa = q.getColumn(3).getInt64();
    t.joven = q.getColumn(4).getInt64();
  }
  return t;
}

std::vector<AttendedGroup> MonthlyQueries::attended_groups(const MonthRange& r) {
  std::vector<AttendedGroup> out;
  const auto read_groups = [&out](SQLite::Statement& q) {
    while (q.executeStep()) {
      AttendedGroup g;
      g.sector = q.getColumn(0).getString();
      g.distrito = q.getColumn(1).getString();
      g.municipio = q.getColumn(2).getString();
      g.departamento = q.getColumn(3).getString();
      g.totals = {q.getColumn(4).getInt64(), q.getColumn(5).getInt64(), q.getColumn(6).getInt64(),
                  q.getColumn(7).getInt64(), q.getColumn(8).getInt64()};
      out.push_back(std::move(g));
    }
  };
  if (const auto f = attendance_filter(r)) {
    // Grouped first, then the few groups joined to their distrito.
    SQLite::Statement q(db_, std::string(
        "SELECT g.sector, d.nombre, d.municipio, d.departamento, g.n, g.mujer, g.rural, "
        "       g.asociativa, g.joven "
        "FROM (SELECT sector, distrito_id, COUNT(*) AS n, SUM(liderada_por_mujer) AS mujer, "
        "             SUM(zona = 'rural') AS rural, SUM(asociativa) AS asociativa, "
        "             SUM(") + kJoven + ") AS joven "
        "      FROM enterprise_attendance WHERE " + f->where +
        "      GROUP BY sector, distrito_id) g "
        "JOIN distrito d ON d.id = g.distrito_id ORDER BY g.distrito_id, g.sector");
    bind_filter(q, *f, r);
    read_groups(q);
    return out;
  }
  SQLite::Statement q(db_, std::string(kAttended) +
      "SELECT e.sector, d.nombre, d.municipio, d.departamento, COUNT(*), "
      "       SUM(e.liderada_por_mujer), SUM(CASE WHEN e.zona = 'rural' THEN 1 ELSE 0 END), "
      "       SUM(e.asociativa), "
      "       SUM(CASE WHEN e.titular_fecha_nacimiento > ?3 "
      "                 AND e.titular_fecha_nacimiento <= ?4 THEN 1 ELSE 0 END) "
      "FROM attended a JOIN enterprise e ON e.id = a.id JOIN distrito d ON d.id = e.distrito_id "
      "GROUP BY e.sector, e.distrito_id ORDER BY e.distrito_id, e.sector");
  bind_range(q, r);
  q.bind(3, to_iso(r.born_after));
  q.bind(4, to_iso(r.born_on_or_before));
  read_groups(q);
  return out;
}

std::vector<AttendedSize> MonthlyQueries::attended_sizes(const MonthRange& r) {
  // Sales and workers are not copied into enterprise_attendance: the month's
  // rows are joined to their enterprise by primary key instead.
  constexpr const char* kColumns =
      "SELECT e.ventas_anuales_centavos, e.empleados_mujeres + e.empleados_hombres, COUNT(*) ";
  constexpr const char* kGroup = " GROUP BY 1, 2";
  const auto f = attendance_filter(r);
  SQLite::Statement q(
      db_, f ? std::string(kColumns) +
                   "FROM enterprise_attendance JOIN enterprise e "
                   "ON e.id = enterprise_attendance.enterprise_id "
                   "WHERE period = ?1 AND first_fecha <= ?2" + kGroup
             : std::string(kAttended) + kColumns +
                   "FROM attended a JOIN enterprise e ON e.id = a.id" + kGroup);
  if (f) {
    q.bind(1, f->period);
    q.bind(2, f->to);
  } else {
    bind_range(q, r);
  }
  std::vector<AttendedSize> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt(), q.getColumn(2).getInt64()});
  return out;
}

std::int64_t MonthlyQueries::new_enterprises(const MonthRange& r) {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM enterprise WHERE fecha_ingreso BETWEEN ?1 AND ?2");
  bind_range(q, r);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

SessionTotals MonthlyQueries::sessions(const MonthRange& r) {
  if (const auto months = whole_months(r)) {
    SQLite::Statement q(db_, "SELECT COALESCE(SUM(sessions), 0), COALESCE(SUM(minutes), 0) "
                             "FROM session_month_stats WHERE month BETWEEN ?1 AND ?2");
    q.bind(1, months->first);
    q.bind(2, months->second);
    q.executeStep();
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
  }
  SQLite::Statement q(db_, "SELECT COUNT(*), COALESCE(SUM(duracion_min), 0) FROM advisory_session "
                           "WHERE fecha BETWEEN ?1 AND ?2");
  bind_range(q, r);
  q.executeStep();
  return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
}

std::map<std::string, std::int64_t> MonthlyQueries::sessions_by_area(const MonthRange& r) {
  if (const auto months = whole_months(r)) {
    SQLite::Statement q(db_, "SELECT area, SUM(sessions) FROM session_month_stats "
                             "WHERE month BETWEEN ?1 AND ?2 GROUP BY area");
    q.bind(1, months->first);
    q.bind(2, months->second);
    std::map<std::string, std::int64_t> out;
    while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
    return out;
  }
  SQLite::Statement q(db_, "SELECT area, COUNT(*) FROM advisory_session "
                           "WHERE fecha BETWEEN ?1 AND ?2 GROUP BY area");
  bind_range(q, r);
  std::map<std::string, std::int64_t> out;
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return out;
}

std::map<std::string, SessionTotals> MonthlyQueries::sessions_by_asesor(const MonthRange& r) {
  const auto months = whole_months(r);
  SQLite::Statement q(db_, months ? "SELECT u.full_name, SUM(m.sessions), SUM(m.minutes) "
                                    "FROM session_month_stats m JOIN app_user u ON u.id = m.asesor_id "
                                    "WHERE m.month BETWEEN ?1 AND ?2 GROUP BY m.asesor_id"
                                  : "SELECT u.full_name, COUNT(*), SUM(s.duracion_min) "
                                    "FROM advisory_session s JOIN app_user u ON u.id = s.asesor_id "
                                    "WHERE s.fecha BETWEEN ?1 AND ?2 GROUP BY s.asesor_id");
  if (months) {
    q.bind(1, months->first);
    q.bind(2, months->second);
  } else {
    bind_range(q, r);
  }
  std::map<std::string, SessionTotals> out;
  while (q.executeStep()) {
    auto& t = out[q.getColumn(0).getString()];
    t.count += q.getColumn(1).getInt64();
    t.minutes += q.getColumn(2).getInt64();
  }
  return out;
}

}  // namespace cdmype::store
