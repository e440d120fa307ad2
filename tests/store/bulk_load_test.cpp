// store::BulkLoad, the demonstration's fast path: what it drops while loading comes back exactly as
// the migrations made it, and the search index and report aggregates it builds in one pass equal
// what the per-row triggers keep.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/bulk_load.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class BulkLoadTest : public SqliteFileTest {
 protected:
  // Every row of a query as one text line, in order.
  std::vector<std::string> rows(const std::string& query) {
    SQLite::Statement q(sqlite(), query);
    std::vector<std::string> out;
    while (q.executeStep()) {
      std::string line;
      for (int c = 0; c < q.getColumnCount(); ++c)
        line += (q.getColumn(c).isNull() ? "NULL" : q.getColumn(c).getString()) + "|";
      out.push_back(line);
    }
    return out;
  }

  std::vector<std::string> schema() {
    return rows("SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE type IN ('index', 'trigger') ORDER BY name");
  }

  // The aggregates as the triggers define them, computed from the sessions.
  void expect_aggregates_match_sessions(const std::string& when) {
    EXPECT_EQ(rows("SELECT month, asesor_id, area, sessions, minutes FROM session_month_stats "
                   "ORDER BY 1, 2, 3"),
              rows("SELECT substr(fecha, 1, 7), asesor_id, area, COUNT(*), SUM(duracion_min) "
                   "FROM advisory_session GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"))
        << when;
    EXPECT_EQ(rows("SELECT period, enterprise_id, first_fecha, sector, distrito_id, zona, "
                   "liderada_por_mujer, asociativa, titular_fecha_nacimiento, "
                   "ventas_anuales_centavos, trabajadores "
                   "FROM enterprise_attendance ORDER BY 1, 2"),
              rows("SELECT substr(s.fecha, 1, 7), e.id, MIN(s.fecha), e.sector, e.distrito_id, "
                   "e.zona, e.liderada_por_mujer, e.asociativa, e.titular_fecha_nacimiento, "
                   "e.ventas_anuales_centavos, e.empleados_mujeres + e.empleados_hombres "
                   "FROM advisory_session s JOIN enterprise e ON e.id = s.enterprise_id "
                   "GROUP BY 1, 2 UNION ALL "
                   "SELECT substr(s.fecha, 1, 4), e.id, MIN(s.fecha), e.sector, e.distrito_id, "
                   "e.zona, e.liderada_por_mujer, e.asociativa, e.titular_fecha_nacimiento, "
                   "e.ventas_anuales_centavos, e.empleados_mujeres + e.empleados_hombres "
                   "FROM advisory_session s JOIN enterprise e ON e.id = s.enterprise_id "
                   "GROUP BY 1, 2 ORDER BY 1, 2"))
        << when;
  }

  void load(int sessions_per_enterprise) {
    std::vector<Enterprise> files = {
        enterprise("Café de Altura Citalá", "Rosa Peña Landaverde"),
        enterprise("Panadería Niño", "José Niño Rivas", Sexo::Hombre),
        enterprise("Tejidos La Palma", "Ana Guardado", Sexo::Mujer)};
    files[2].forma_juridica = FormaJuridica::Cooperativa;
    files[2].socias = 4;
    files[2].socios = 2;
    const auto ids = ws->imports().import_enterprises(directora, std::move(files), {});
    std::vector<AdvisorySession> sessions;
    for (int k = 0; k < sessions_per_enterprise; ++k) {
      for (std::size_t i = 0; i < ids.size(); ++i) {
        AdvisorySession s = session_for(ids[i], i == 1 ? asesor2 : asesor1);
        s.fecha = Date(2026, 4 + (k * 5 + static_cast<int>(i)) % 6, 1 + k % 28);  // after ingreso
        s.duracion_min = 15 * (1 + (k + static_cast<int>(i)) % 6);
        if (k % 3 == 0) s.area = Area::AsesoriaTic;
        sessions.push_back(s);
      }
    }
    ws->imports().import_sessions(directora, std::move(sessions), {});
  }
};

TEST_F(BulkLoadTest, RebuildsSearchAndAggregatesAndRestoresTheSchemaExactly) {
  const auto before = schema();
  {
    store::BulkLoad bulk(sql());
    load(20);
    // Deferred: nothing kept per row while loading.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM session_month_stats"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'session_fecha'"), 0);
    bulk.finish();
  }
  EXPECT_EQ(schema(), before);
  EXPECT_EQ(rows("PRAGMA journal_mode"), std::vector<std::string>{"wal|"});
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM advisory_session"), 60);
  expect_aggregates_match_sessions("tras la carga masiva");
  // The search index, accent-insensitive, covers every loaded file.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise_fts WHERE enterprise_fts MATCH 'citala'"), 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise_fts WHERE enterprise_fts MATCH 'nino*'"), 1);
  // The Spanish sort keys were written by the inserts themselves (no second
  // pass), and their deferred indexes give Spanish order.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM enterprise WHERE nombre_orden IS NULL "
                   "OR titular_nombre_orden IS NULL"),
            0);
  EXPECT_EQ(rows("SELECT nombre FROM enterprise INDEXED BY enterprise_nombre_orden "
                 "ORDER BY nombre_orden"),
            (std::vector<std::string>{"Café de Altura Citalá|", "Panadería Niño|",
                                      "Tejidos La Palma|"}));
  EXPECT_EQ(rows("PRAGMA integrity_check"), std::vector<std::string>{"ok|"});
  EXPECT_EQ(rows("INSERT INTO enterprise_fts (enterprise_fts) VALUES ('integrity-check')"),
            std::vector<std::string>{});

  // The triggers are back: later ordinary writes keep everything in step.
  const auto cafe = ws->imports().enterprise_id_by_codigo(directora, "CH-2026-0001");
  ASSERT_TRUE(cafe);
  ws->sessions().log(asesor1, session_for(*cafe, asesor1));
  expect_aggregates_match_sessions("tras una sesión más");
}

TEST_F(BulkLoadTest, WithoutFinishNothingIsRebuilt) {
  {
    store::BulkLoad bulk(sql());
    load(1);
  }
  // The caller deletes such a file; it must not look finished.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM session_month_stats"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'enterprise_fts_insert'"), 0);
}

}  // namespace
}  // namespace cdmype::testing_support
