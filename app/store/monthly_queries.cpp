// The monthly report's enterprise and session aggregates: from the trigger-kept aggregate tables
// for whole months and years to date, else from the sessions over an indexed range.
#include "store/monthly_queries.hpp"

#include "store/sql/statement.hpp"
#include "store/sql_values.hpp"

#include <optional>
#include <utility>

namespace cdmype::store {
namespace {

// Enterprises with a session in [:from, :to]; the (fecha, enterprise_id) index
// answers it without touching the session rows.
constexpr const char* kAttended =
    "WITH attended AS (SELECT DISTINCT enterprise_id AS id FROM advisory_session "
    "                  WHERE fecha BETWEEN :from AND :to) ";

void bind_range(Statement& q, const MonthRange& r) {
  q.bind("from", to_iso(r.from));
  q.bind("to", to_iso(r.to));
}

void bind_joven(Statement& q, const MonthRange& r) {
  q.bind("born_after", to_iso(r.born_after));
  q.bind("born_on_or_before", to_iso(r.born_on_or_before));
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

// Attended enterprises of a whole month (:period = "YYYY-MM") or of a year up
// to a day (:period = "YYYY"), :last_day = the range's last day (always true
// for a month's rows); :born_after / :born_on_or_before are the "joven" bounds.
constexpr const char* kAttendedIn = "period = :period AND first_fecha <= :last_day";

struct AttendanceFilter {
  const char* where = kAttendedIn;
  std::string period;
  std::string to;
};

// :first / :last months when the range is whole months, else :from / :to.
void bind_months_or_range(Statement& q,
                          const std::optional<std::pair<std::string, std::string>>& months,
                          const MonthRange& r) {
  if (months) {
    q.bind("first", months->first);
    q.bind("last", months->second);
  } else {
    bind_range(q, r);
  }
}

std::optional<AttendanceFilter> attendance_filter(const MonthRange& r) {
  if (auto m = whole_month(r)) return AttendanceFilter{kAttendedIn, *m, to_iso(r.to)};
  if (auto y = year_to_day(r)) return AttendanceFilter{kAttendedIn, *y, to_iso(r.to)};
  return std::nullopt;
}

void bind_period(Statement& q, const AttendanceFilter& f) {
  q.bind("period", f.period);
  q.bind("last_day", f.to);
}

void bind_filter(Statement& q, const AttendanceFilter& f, const MonthRange& r) {
  bind_period(q, f);
  bind_joven(q, r);
}

// 1 for a young titular, else 0: a CASE, not the comparison itself, because
// PostgreSQL cannot SUM a boolean.
constexpr const char* kJoven =
    "CASE WHEN titular_fecha_nacimiento > :born_after "
    "AND titular_fecha_nacimiento <= :born_on_or_before THEN 1 ELSE 0 END";
constexpr const char* kRural = "CASE WHEN zona = 'rural' THEN 1 ELSE 0 END";

AttendedTotals read_totals(Statement& q) {
  return {q.int64("n"), q.int64("mujer"), q.int64("rural"), q.int64("asociativa"),
          q.int64("joven")};
}

// "CASE WHEN x <= :p0 THEN 0 WHEN x <= :p1 THEN 1 … ELSE n END": the interval
// of `x` between ascending limits, each bound as :<prefix><i>.
std::string interval_of(const std::string& x, const char* prefix, std::size_t limits) {
  std::string out = "CASE";
  for (std::size_t i = 0; i < limits; ++i)
    out += " WHEN " + x + " <= :" + prefix + std::to_string(i) + " THEN " + std::to_string(i);
  return out + " ELSE " + std::to_string(limits) + " END";
}

}  // namespace

std::vector<AttendedIdentity> MonthlyQueries::attended_identities(const MonthRange& r) {
  Statement q(db_, std::string(kAttended) +
                       "SELECT e.id, e.forma_juridica, COALESCE(e.nit, '') AS nit, "
                       "COALESCE(e.titular_dui, '') AS dui FROM enterprise e "
                       "JOIN attended a ON a.id = e.id ORDER BY e.id");
  bind_range(q, r);
  std::vector<AttendedIdentity> out;
  while (q.step())
    out.push_back({q.int64("id"), column_text(q, "forma_juridica"), column_text(q, "nit"),
                   column_text(q, "dui")});
  return out;
}

AttendedTotals MonthlyQueries::attended_totals(const MonthRange& r) {
  if (const auto f = attendance_filter(r)) {
    Statement q(db_, std::string(
        "SELECT COUNT(*) AS n, COALESCE(SUM(liderada_por_mujer), 0) AS mujer, "
        "       COALESCE(SUM(") + kRural + "), 0) AS rural, "
        "       COALESCE(SUM(asociativa), 0) AS asociativa, "
        "       COALESCE(SUM(" + kJoven + "), 0) AS joven "
        "FROM enterprise_attendance WHERE " + f->where);
    bind_filter(q, *f, r);
    q.step();
    return read_totals(q);
  }
  Statement q(db_, std::string(kAttended) +
      "SELECT COUNT(*) AS n, COALESCE(SUM(e.liderada_por_mujer), 0) AS mujer, "
      "       COALESCE(SUM(CASE WHEN e.zona = 'rural' THEN 1 ELSE 0 END), 0) AS rural, "
      "       COALESCE(SUM(e.asociativa), 0) AS asociativa, "
      "       COALESCE(SUM(CASE WHEN e.titular_fecha_nacimiento > :born_after "
      "                          AND e.titular_fecha_nacimiento <= :born_on_or_before "
      "                         THEN 1 ELSE 0 END), 0) AS joven "
      "FROM attended a JOIN enterprise e ON e.id = a.id");
  bind_range(q, r);
  bind_joven(q, r);
  return q.step() ? read_totals(q) : AttendedTotals{};
}

std::vector<AttendedGroup> MonthlyQueries::attended_groups(const MonthRange& r) {
  std::vector<AttendedGroup> out;
  const auto read_groups = [&out](Statement& q) {
    while (q.step()) {
      AttendedGroup g;
      g.sector = q.text("sector");
      g.distrito = q.text("nombre");
      g.municipio = q.text("municipio");
      g.departamento = q.text("departamento");
      g.totals = read_totals(q);
      out.push_back(std::move(g));
    }
  };
  if (const auto f = attendance_filter(r)) {
    // Grouped first, then the few groups joined to their distrito.
    Statement q(db_, std::string(
        "SELECT g.sector, d.nombre, d.municipio, d.departamento, g.n, g.mujer, g.rural, "
        "       g.asociativa, g.joven "
        "FROM (SELECT sector, distrito_id, COUNT(*) AS n, SUM(liderada_por_mujer) AS mujer, "
        "             SUM(") + kRural + ") AS rural, SUM(asociativa) AS asociativa, "
        "             SUM(" + kJoven + ") AS joven "
        "      FROM enterprise_attendance WHERE " + f->where +
        "      GROUP BY sector, distrito_id) g "
        "JOIN distrito d ON d.id = g.distrito_id ORDER BY g.distrito_id, g.sector");
    bind_filter(q, *f, r);
    read_groups(q);
    return out;
  }
  // Grouped by the distrito's key (d.id), so PostgreSQL accepts its names in
  // the select list (they depend on that primary key).
  Statement q(db_, std::string(kAttended) +
      "SELECT e.sector, d.nombre, d.municipio, d.departamento, COUNT(*) AS n, "
      "       SUM(e.liderada_por_mujer) AS mujer, "
      "       SUM(CASE WHEN e.zona = 'rural' THEN 1 ELSE 0 END) AS rural, "
      "       SUM(e.asociativa) AS asociativa, "
      "       SUM(CASE WHEN e.titular_fecha_nacimiento > :born_after "
      "                 AND e.titular_fecha_nacimiento <= :born_on_or_before "
      "                THEN 1 ELSE 0 END) AS joven "
      "FROM attended a JOIN enterprise e ON e.id = a.id JOIN distrito d ON d.id = e.distrito_id "
      "GROUP BY e.sector, d.id ORDER BY d.id, e.sector");
  bind_range(q, r);
  bind_joven(q, r);
  read_groups(q);
  return out;
}

std::vector<AttendedSize> MonthlyQueries::attended_sizes(const MonthRange& r,
                                                         const SizeLimits& limits) {
  const auto f = attendance_filter(r);
  // Whole periods read the copies of 0013 (one range of small rows); other
  // ranges join the attended ids to their enterprise rows.
  const std::string ventas = f ? "ventas_anuales_centavos" : "e.ventas_anuales_centavos";
  const std::string trabajadores =
      f ? "trabajadores" : "(e.empleados_mujeres + e.empleados_hombres)";
  const std::string columns =
      "SELECT " + interval_of(ventas, "v", limits.ventas_centavos.size()) + " AS por_ventas, " +
      interval_of(trabajadores, "w", limits.trabajadores.size()) + " AS por_trabajadores, " +
      "MIN(" + ventas + ") AS ventas, MIN(" + trabajadores + ") AS trabajadores, COUNT(*) AS n ";
  Statement q(db_, f ? columns + "FROM enterprise_attendance WHERE " + f->where + " GROUP BY 1, 2"
                     : std::string(kAttended) + columns +
                           "FROM attended a JOIN enterprise e ON e.id = a.id GROUP BY 1, 2");
  if (f)
    bind_period(q, *f);
  else
    bind_range(q, r);
  for (std::size_t i = 0; i < limits.ventas_centavos.size(); ++i)
    q.bind("v" + std::to_string(i), limits.ventas_centavos[i]);
  for (std::size_t i = 0; i < limits.trabajadores.size(); ++i)
    q.bind("w" + std::to_string(i), static_cast<std::int64_t>(limits.trabajadores[i]));
  std::vector<AttendedSize> out;
  while (q.step())
    out.push_back({q.int64("ventas"), q.int32("trabajadores"), q.int64("n")});
  return out;
}

std::int64_t MonthlyQueries::new_enterprises(const MonthRange& r) {
  Statement q(db_,
              "SELECT COUNT(*) AS n FROM enterprise WHERE fecha_ingreso BETWEEN :from AND :to");
  bind_range(q, r);
  q.step();
  return q.int64("n");
}

SessionTotals MonthlyQueries::sessions(const MonthRange& r) {
  if (const auto months = whole_months(r)) {
    Statement q(db_, "SELECT COALESCE(SUM(sessions), 0) AS n, COALESCE(SUM(minutes), 0) AS minutes "
                     "FROM session_month_stats WHERE month BETWEEN :first AND :last");
    q.bind("first", months->first);
    q.bind("last", months->second);
    q.step();
    return {q.int64("n"), q.int64("minutes")};
  }
  Statement q(db_, "SELECT COUNT(*) AS n, COALESCE(SUM(duracion_min), 0) AS minutes "
                   "FROM advisory_session WHERE fecha BETWEEN :from AND :to");
  bind_range(q, r);
  q.step();
  return {q.int64("n"), q.int64("minutes")};
}

std::map<std::string, std::int64_t> MonthlyQueries::sessions_by_area(const MonthRange& r) {
  const auto months = whole_months(r);
  Statement q(db_, months ? "SELECT area, SUM(sessions) AS n FROM session_month_stats "
                            "WHERE month BETWEEN :first AND :last GROUP BY area"
                          : "SELECT area, COUNT(*) AS n FROM advisory_session "
                            "WHERE fecha BETWEEN :from AND :to GROUP BY area");
  bind_months_or_range(q, months, r);
  std::map<std::string, std::int64_t> out;
  while (q.step()) out[q.text("area")] = q.int64("n");
  return out;
}

std::map<std::string, SessionTotals> MonthlyQueries::sessions_by_asesor(const MonthRange& r) {
  // Grouped by the asesor and the name read with it (one name per asesor):
  // PostgreSQL wants every selected column grouped or aggregated.
  const auto months = whole_months(r);
  Statement q(db_, months ? "SELECT u.full_name, SUM(m.sessions) AS n, SUM(m.minutes) AS minutes "
                            "FROM session_month_stats m JOIN app_user u ON u.id = m.asesor_id "
                            "WHERE m.month BETWEEN :first AND :last "
                            "GROUP BY m.asesor_id, u.full_name"
                          : "SELECT u.full_name, COUNT(*) AS n, SUM(s.duracion_min) AS minutes "
                            "FROM advisory_session s JOIN app_user u ON u.id = s.asesor_id "
                            "WHERE s.fecha BETWEEN :from AND :to "
                            "GROUP BY s.asesor_id, u.full_name");
  bind_months_or_range(q, months, r);
  std::map<std::string, SessionTotals> out;
  while (q.step()) {
    auto& t = out[q.text("full_name")];
    t.count += q.int64("n");
    t.minutes += q.int64("minutes");
  }
  return out;
}

}  // namespace cdmype::store
