// The monthly report's enterprise and session aggregates, computed in SQL over indexed ranges.
#include "store/monthly_queries.hpp"

#include <SQLiteCpp/Statement.h>

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

}  // namespace

AttendedTotals MonthlyQueries::attended_totals(const MonthRange& r) {
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
  std::vector<AttendedGroup> out;
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
  return out;
}

std::int64_t MonthlyQueries::new_enterprises(const MonthRange& r) {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM enterprise WHERE fecha_ingreso BETWEEN ?1 AND ?2");
  bind_range(q, r);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

SessionTotals MonthlyQueries::sessions(const MonthRange& r) {
  SQLite::Statement q(db_, "SELECT COUNT(*), COALESCE(SUM(duracion_min), 0) FROM advisory_session "
                           "WHERE fecha BETWEEN ?1 AND ?2");
  bind_range(q, r);
  q.executeStep();
  return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
}

std::map<std::string, std::int64_t> MonthlyQueries::sessions_by_area(const MonthRange& r) {
  SQLite::Statement q(db_, "SELECT area, COUNT(*) FROM advisory_session "
                           "WHERE fecha BETWEEN ?1 AND ?2 GROUP BY area");
  bind_range(q, r);
  std::map<std::string, std::int64_t> out;
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return out;
}

std::map<std::string, SessionTotals> MonthlyQueries::sessions_by_asesor(const MonthRange& r) {
  SQLite::Statement q(db_, "SELECT u.full_name, COUNT(*), SUM(s.duracion_min) "
                           "FROM advisory_session s JOIN app_user u ON u.id = s.asesor_id "
                           "WHERE s.fecha BETWEEN ?1 AND ?2 GROUP BY s.asesor_id");
  bind_range(q, r);
  std::map<std::string, SessionTotals> out;
  while (q.executeStep()) {
    auto& t = out[q.getColumn(0).getString()];
    t.count += q.getColumn(1).getInt64();
    t.minutes += q.getColumn(2).getInt64();
  }
  return out;
}

}  // namespace cdmype::store
