// The trigger-kept aggregate tables (0007_report_aggregates.sql) stay equal to the same
// aggregates computed from the sessions, through random inserts, edits and deletes, and the
// report's figures agree with the raw SQL computed here independently.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>
#include <string>
#include <vector>

#include "report/monthly_report.hpp"
#include "report_db_fixture.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::report {
namespace {

using testing::ReportDbTest;

// Every row of a query as one text line, in order.
std::vector<std::string> rows_of(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  std::vector<std::string> out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string line;
    for (int c = 0; c < sqlite3_column_count(st); ++c) {
      const auto* text = sqlite3_column_text(st, c);
      line += (text ? reinterpret_cast<const char*>(text) : "NULL") + std::string("|");
    }
    out.push_back(line);
  }
  sqlite3_finalize(st);
  return out;
}

void exec(sqlite3* db, const std::string& sql) {
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sql << ": " << sqlite3_errmsg(db);
}

void expect_aggregates_match_sessions(sqlite3* db, const std::string& when) {
  EXPECT_EQ(rows_of(db, "SELECT month, asesor_id, area, sessions, minutes FROM session_month_stats "
                        "ORDER BY 1, 2, 3"),
            rows_of(db, "SELECT substr(fecha, 1, 7), asesor_id, area, COUNT(*), SUM(duracion_min) "
                        "FROM advisory_session GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"))
      << when;
  EXPECT_EQ(rows_of(db, "SELECT period, enterprise_id, first_fecha, sector, distrito_id, zona, "
                        "liderada_por_mujer, asociativa, titular_fecha_nacimiento, "
                        "ventas_anuales_centavos, trabajadores "
                        "FROM enterprise_attendance ORDER BY 1, 2"),
            rows_of(db, "SELECT p.period, e.id, p.first, e.sector, e.distrito_id, e.zona, "
                        "e.liderada_por_mujer, e.asociativa, e.titular_fecha_nacimiento, "
                        "e.ventas_anuales_centavos, e.empleados_mujeres + e.empleados_hombres "
                        "FROM (SELECT substr(fecha, 1, 7) AS period, enterprise_id, MIN(fecha) "
                        "AS first FROM advisory_session GROUP BY 1, 2 UNION ALL "
                        "SELECT substr(fecha, 1, 4), enterprise_id, MIN(fecha) "
                        "FROM advisory_session GROUP BY 1, 2) p "
                        "JOIN enterprise e ON e.id = p.enterprise_id ORDER BY 1, 2"))
      << when;
}

TEST_F(ReportDbTest, AggregateTablesFollowEveryInsertEditAndDelete) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo SQLite (lee con sqlite3); en PostgreSQL lo compara tests/store/schema_parity_test.sh.";
  // Sessions cannot be dated after today: put today after every random date below.
  clock.now = *store::parse_iso_utc("2029-01-15T15:00:00Z");
  std::vector<std::int64_t> ids;
  ids.push_back(enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2027-06-01"}));
  ids.push_back(enterprise({"Panadería Peña", Sexo::Hombre, Zona::Urbana, "2027-06-01"}));
  ids.push_back(enterprise({"Artesanías Niño", Sexo::Hombre, Zona::Rural, "2027-06-01",
                            "2005-03-01", FormaJuridica::Cooperativa, 3, 1}));
  std::mt19937 rng(7);
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const Area areas[] = {Area::AsesoriaEmpresarial, Area::AsesoriaTic, Area::Vinculacion};
  const auto random_date = [&] {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", pick(2027, 2028), pick(1, 12), pick(1, 28));
    return std::string(buf);
  };
  for (int i = 0; i < 60; ++i)
    session(ids[static_cast<size_t>(pick(0, 2))], random_date(), 15 * pick(1, 8),
            areas[pick(0, 2)]);
  sqlite3* db = ws->database().sqlite().getHandle();
  expect_aggregates_match_sessions(db, "después de registrar");

  // Raw edits, as any future code path (or a repair) might make them.
  for (int round = 0; round < 40; ++round) {
    const std::string target =
        "(SELECT id FROM advisory_session ORDER BY id LIMIT 1 OFFSET " + std::to_string(pick(0, 30)) +
        ")";
    switch (pick(0, 5)) {
      case 0:
        exec(db, "UPDATE advisory_session SET fecha = '" + random_date() + "' WHERE id = " + target);
        break;
      case 1:
        exec(db, "UPDATE advisory_session SET enterprise_id = " +
                     std::to_string(ids[static_cast<size_t>(pick(0, 2))]) +
                     ", duracion_min = " + std::to_string(15 * pick(1, 8)) + " WHERE id = " + target);
        break;
      case 2:
        exec(db, "UPDATE advisory_session SET area = 'asesoria_financiera' WHERE id = " + target);
        break;
      case 3:
        exec(db, "DELETE FROM advisory_session WHERE id = " + target);
        break;
      case 4:
        exec(db, "UPDATE enterprise SET ventas_anuales_centavos = " +
                     std::to_string(pick(0, 9) * 1234567) + ", empleados_mujeres = " +
                     std::to_string(pick(0, 12)) + ", empleados_hombres = " +
                     std::to_string(pick(0, 60)) + " WHERE id = " +
                     std::to_string(ids[static_cast<size_t>(pick(0, 2))]));
        break;
      default:
        exec(db, std::string("UPDATE enterprise SET titular_sexo = '") +
                     (pick(0, 1) ? "mujer" : "hombre") + "', zona = '" +
                     (pick(0, 1) ? "rural" : "urbana") + "' WHERE id = " +
                     std::to_string(ids[static_cast<size_t>(pick(0, 2))]));
    }
    expect_aggregates_match_sessions(db, "ronda " + std::to_string(round));
    if (HasFailure()) return;
  }
  // Every session of an enterprise gone: it leaves the aggregates entirely.
  exec(db, "DELETE FROM advisory_session WHERE enterprise_id = " + std::to_string(ids[0]));
  expect_aggregates_match_sessions(db, "sin sesiones de la primera empresa");
}

TEST_F(ReportDbTest, MonthAndYearToDateFiguresFromTheAggregatesMatchTheSessions) {
  const auto cafe = enterprise({"Café de Altura Citalá", Sexo::Mujer, Zona::Rural, "2028-01-15"});
  const auto pan = enterprise({"Panadería Peña", Sexo::Hombre, Zona::Urbana, "2028-01-15"});
  const auto joven =
      enterprise({"Tejidos Niño", Sexo::Hombre, Zona::Rural, "2028-01-15", "2005-02-01"});
  session(cafe, "2028-01-20", 60);
  session(pan, "2028-02-03", 30);
  session(joven, "2028-03-01", 45, Area::AsesoriaTic);
  session(cafe, "2028-03-31", 90);
  session(pan, "2028-04-01", 30);  // after the month: in neither figure
  ws->goals().set(directora, 2028, "empresas_atendidas", 10);
  ws->goals().set(directora, 2028, "empresas_mujer", 10);
  ws->goals().set(directora, 2028, "sesiones", 10);
  ws->goals().set(directora, 2028, "horas", 10);

  const auto f = compute_monthly_figures(*ws, directora, {2028, 3}, {Date(2028, 4, 1), 8, 0});
  // March: café and the young titular's enterprise, 2 sessions, 135 minutes.
  EXPECT_EQ(f.empresas_atendidas.total, 2);
  EXPECT_EQ(f.empresas_atendidas.mujer, 1);
  EXPECT_EQ(f.empresas_atendidas.joven, 1);
  EXPECT_EQ(f.empresas_atendidas.rural, 2);
  EXPECT_EQ(f.sesiones.total, 2);
  EXPECT_EQ(f.sesiones.minutos, 135);
  // January–March: all three enterprises once each, 4 sessions, 225 minutes → 4 hours.
  std::map<std::string, std::int64_t> ytd;
  for (const auto& m : f.metas) ytd[m.indicador] = m.acumulado_anual;
  EXPECT_EQ(ytd["empresas_atendidas"], 3);
  EXPECT_EQ(ytd["empresas_mujer"], 1);
  EXPECT_EQ(ytd["sesiones"], 4);
  EXPECT_EQ(ytd["horas"], 4);
}

}  // namespace
}  // namespace cdmype::report
