// Spanish order in the store: the list's name sorts (pages and the ordered ids of deep pages), the
// stored keys of 0010 filled for files from before it and for rows written by other tools, the
// sqlite3 shell reading the keys and their indexes, and the pickers' lists.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/spanish_collation.hpp"
#include "store/migrations.hpp"
#include "store/sort_keys.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"
#include "support/command_output.hpp"

namespace cdmype::testing_support {
namespace {

using store::EnterpriseSort;

// Spanish order; bytes would put the lower-case, accented and Ñ names last.
const std::vector<std::string> kNombres = {
    "alvarez Hermanos", "Álvarez Hermanos", "ana Lucía",   "Ana Lucía",
    "Citalá Café",      "Niño Dios",        "Nube Blanca", "Ñandú Tours",
    "Oro Verde",        "Öztürk Kebab",     "Peña Ruiz",   "Zapatería Núñez"};

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

class SpanishOrderTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    // Imported in reverse, titulars reversed too: the id order is no help.
    std::vector<Enterprise> rows;
    for (std::size_t i = kNombres.size(); i-- > 0;)
      rows.push_back(enterprise(kNombres[i], kNombres[kNombres.size() - 1 - i]));
    ws->imports().import_enterprises(directora, rows);
  }

  std::vector<std::string> names_of(const std::vector<store::EnterpriseListRow>& rows,
                                    bool titular = false) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(titular ? r.titular_nombre : r.nombre);
    return out;
  }

  // Every row, in pages of five.
  std::vector<std::string> paged(EnterpriseSort by, bool descending, bool titular = false) {
    std::vector<std::string> out;
    for (std::int64_t offset = 0;; offset += 5) {
      const auto page = ws->enterprises().page(consulta, {}, {by, descending}, 5, offset);
      for (const auto& n : names_of(page, titular)) out.push_back(n);
      if (page.size() < 5) return out;
    }
  }
};

TEST_F(SpanishOrderTest, TheListSortsNamesInSpanishOrderBothWays) {
  auto reversed = kNombres;
  std::reverse(reversed.begin(), reversed.end());
  EXPECT_EQ(paged(EnterpriseSort::Nombre, false), kNombres);
  EXPECT_EQ(paged(EnterpriseSort::Nombre, true), reversed);
  EXPECT_EQ(paged(EnterpriseSort::Titular, false, true), kNombres);
  EXPECT_EQ(paged(EnterpriseSort::Titular, true, true), reversed);
}

// Past the first thousand rows the list reads every id in order once
// (EnterpriseService::ordered_ids, ui/enterprise_page_cache) and rows by id.
TEST_F(SpanishOrderTest, TheOrderedIdsOfDeepPagesKeepSpanishOrder) {
  for (const bool descending : {false, true}) {
    const auto ids =
        ws->enterprises().ordered_ids(consulta, {}, {EnterpriseSort::Nombre, descending});
    auto expected = kNombres;
    if (descending) std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(names_of(ws->enterprises().rows(consulta, ids)), expected);
  }
}

TEST_F(SpanishOrderTest, DistritoAndMunicipioSortsFollowTheirNamesInSpanishOrder) {
  // Files in distritos whose names sort differently by bytes and in Spanish.
  std::vector<Enterprise> more;
  for (const char* d : {"Ilobasco", "Ahuachapán", "Ayutuxtepeque", "Ereguayquín", "El Paisnal"}) {
    auto e = enterprise(std::string("Tienda de ") + d, "Rosa Peña");
    e.distrito_id = distrito_id(d);
    more.push_back(e);
  }
  ws->imports().import_enterprises(directora, more);
  for (const auto by : {EnterpriseSort::Distrito, EnterpriseSort::Municipio}) {
    const auto rows =
        ws->enterprises().rows(consulta, ws->enterprises().ordered_ids(consulta, {}, {by, false}));
    std::vector<std::string> shown;
    for (const auto& r : rows)
      shown.push_back(by == EnterpriseSort::Distrito ? r.distrito : r.municipio);
    auto expected = shown;
    sort_spanish(expected);
    EXPECT_EQ(shown, expected) << static_cast<int>(by);
  }
}

TEST_F(SpanishOrderTest, EveryWriteOfANameWritesItsKey) {
  auto e = create("Ñandú Dulces", "ángela Núñez");
  e.nombre = "Abejas Peña";
  ws->enterprises().update(asesor1, e);
  store::Statement q(sql(),
                     "SELECT nombre, nombre_orden, titular_nombre, titular_nombre_orden "
                     "FROM enterprise WHERE id = :id");
  q.bind("id", e.meta.id);
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.blob("nombre_orden"), spanish_sort_key("Abejas Peña"));
  EXPECT_EQ(q.blob("titular_nombre_orden"), spanish_sort_key("ángela Núñez"));
  EXPECT_FALSE(store::sort_keys_missing(sql()));
  if (sql().engine() == store::Engine::SQLite) {
    // Stored as a BLOB, not TEXT, so SQLite compares the bytes whatever the collation.
    SQLite::Statement t(sqlite(), "SELECT typeof(nombre_orden) FROM enterprise WHERE id = ?1");
    t.bind(1, static_cast<int64_t>(e.meta.id));
    ASSERT_TRUE(t.executeStep());
    EXPECT_EQ(t.getColumn(0).getString(), "blob");
  }
}

TEST_F(SpanishOrderTest, PickersListProvidersAdvisorsAndInstitutionsInSpanishOrder) {
  for (const char* name :
       {"Óptica Zelaya", "ñandutí Textiles", "Nuevo Amanecer", "Asesores Peña"}) {
    Provider p;
    p.nombre = name;
    ws->providers().create(directora, p);
  }
  std::vector<std::string> providers;
  for (const auto& s : ws->providers().list(directora)) providers.push_back(s.provider.nombre);
  auto expected = providers;
  sort_spanish(expected);
  EXPECT_EQ(providers, expected);
  EXPECT_LT(std::find(providers.begin(), providers.end(), "ñandutí Textiles"),
            std::find(providers.begin(), providers.end(), "Óptica Zelaya"));
  EXPECT_GT(std::find(providers.begin(), providers.end(), "ñandutí Textiles"),
            std::find(providers.begin(), providers.end(), "Nuevo Amanecer"));

  for (const auto& [user, name] : std::vector<std::pair<std::string, std::string>>{
           {"nora", "Ñusta Ramírez"}, {"angela", "ángela Ruiz"}, {"oscar", "Óscar Díaz"}})
    ws->users().add(admin, {user, name, Role::Asesor, kPassword, false});
  std::vector<std::string> advisors;
  for (const auto& u : ws->users().advisors(directora)) advisors.push_back(u.full_name);
  expected = advisors;
  sort_spanish(expected);
  EXPECT_EQ(advisors, expected);
  const auto pos = [&](const std::string& n) {
    return std::find(advisors.begin(), advisors.end(), n) - advisors.begin();
  };
  EXPECT_LT(pos("ángela Ruiz"), pos("Ñusta Ramírez"));
  EXPECT_LT(pos("Ñusta Ramírez"), pos("Óscar Díaz"));
  EXPECT_LT(pos("Óscar Díaz"), static_cast<long>(advisors.size()));

  for (const char* name :
       {"Universidad Nacional", "ÁGAPE", "Cámara de Comercio", "alcaldía Citalá"})
    ws->trainings().add_institution(directora, name);
  const auto institutions = ws->trainings().institutions(directora);
  expected = institutions;
  sort_spanish(expected);
  EXPECT_EQ(institutions, expected);
  ASSERT_GE(institutions.size(), 4u);
  EXPECT_EQ(institutions.front(), "ÁGAPE");
}

TEST_F(SpanishOrderTest, ATrainingsParticipantsAreListedInSpanishOrder) {
  Training t;
  t.titulo = "Costos y precios";
  t.fecha = *parse_iso_date("2026-10-15");
  t.minutos = 120;
  t = ws->trainings().create(asesor1, t);
  for (const char* nombre :
       {"Rosa Peña", "Ñusta Ramírez", "ángela Núñez", "Nora Díaz", "Ana Ruiz"}) {
    TrainingAttendee a;
    a.training_id = t.meta.id;
    a.nombre = nombre;
    a.sexo = Sexo::Mujer;
    ws->trainings().add_attendee(asesor1, a);
  }
  std::vector<std::string> names;
  for (const auto& a : ws->trainings().attendees(asesor1, t.meta.id)) names.push_back(a.nombre);
  EXPECT_EQ(names, (std::vector<std::string>{"Ana Ruiz", "ángela Núñez", "Nora Díaz",
                                             "Ñusta Ramírez", "Rosa Peña"}));
}

// A row written by another tool (here plain SQL, as the sqlite3 shell would)
// has no key; the next open fills it.
TEST_F(SpanishOrderTest, ARowWithoutItsKeyGetsItOnTheNextOpen) {
  {
    store::WriteTransaction tx(sql());
    store::Statement(sql(),
                     "UPDATE enterprise SET nombre = 'Ñu Cervecería', nombre_orden = NULL "
                     "WHERE nombre = 'Oro Verde'")
        .execute();
    tx.commit();
  }
  EXPECT_TRUE(store::sort_keys_missing(sql()));
  ws.reset();
  ws.emplace(services::Workspace::open(source, clock.clock()));
  EXPECT_FALSE(store::sort_keys_missing(sql()));
  const auto names = paged(EnterpriseSort::Nombre, false);
  const auto nu = std::find(names.begin(), names.end(), "Ñu Cervecería");
  ASSERT_NE(nu, names.end());
  EXPECT_EQ(*(nu - 1), "Ñandú Tours");
  EXPECT_EQ(*(nu + 1), "Öztürk Kebab");
}

TEST_F(SpanishOrderTest, TheSqliteShellReadsTheKeysAndChecksTheFile) {
  if (on_postgresql()) GTEST_SKIP() << "Solo para un archivo SQLite (el shell sqlite3).";
  ws.reset();  // the shell reads the file as anyone would, the program closed
  const std::string file = "'" + db_path.string() + "'";
  EXPECT_EQ(
      lines(command_output("sqlite3 " + file +
                           " 'SELECT nombre FROM enterprise ORDER BY nombre_orden, id' 2>&1")),
      kNombres);
  EXPECT_EQ(command_output("sqlite3 " + file + " 'PRAGMA integrity_check' 2>&1"), "ok\n");
  const std::string plan = command_output(
      "sqlite3 " + file +
      " 'EXPLAIN QUERY PLAN SELECT id FROM enterprise ORDER BY nombre_orden LIMIT 50' 2>&1");
  EXPECT_NE(plan.find("enterprise_nombre_orden"), std::string::npos) << plan;
}

// A center's file from before 0010: the program's open adds the keys and
// fills them for every name already there, in the migration's transaction.
TEST(SpanishSortKeysUpgrade, AFileFromThePreviousSchemaGetsItsKeysOnOpen) {
  const int keys_version = 10;  // 0010_spanish_sort_keys.sql
  TempDir dir;
  const auto path = dir / "viejo.db";
  {
    store::SqliteConnection conn(path, true);  // migrations run on a Connection
    SQLite::Database& raw = conn.raw();
    raw.exec("PRAGMA foreign_keys = ON");
    store::WriteTransaction tx(conn);
    store::apply_migrations(conn, store::migrations(), keys_version - 1, "2026-01-01T00:00:00Z");
    const Distrito& first = *Territory::el_salvador().by_id(1);  // as an older program seeded it
    SQLite::Statement d(raw,
                        "INSERT INTO distrito (id, nombre, municipio, departamento) "
                        "VALUES (1, ?1, ?2, ?3)");
    d.bind(1, first.nombre);
    d.bind(2, first.municipio);
    d.bind(3, first.departamento);
    d.exec();
    raw.exec(
        "INSERT INTO app_user (uuid, username, full_name, role, password_hash, created_at, "
        "updated_at) VALUES ('u1', 'nora', 'Ñusta Ramírez', 'asesor', 'x', "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    int n = 0;
    for (const char* nombre : {"Zapatería Núñez", "Ñandú Tours", "ana Lucía", "Álvarez Hermanos",
                               "Oro Verde", "Nube Blanca"}) {
      ++n;
      raw.exec(
          "INSERT INTO enterprise (uuid, codigo, nombre, forma_juridica, titular_nombre, "
          "titular_sexo, sector, distrito_id, zona, fecha_ingreso, fuente, estado, "
          "created_at, updated_at) VALUES ('e" +
          std::to_string(n) + "', 'CH-2026-000" + std::to_string(n) + "', '" + nombre +
          "', 'persona_natural', 'Rosa Peña', 'mujer', "
          "'turismo', 1, 'rural', '2026-01-10', 'cdmype', 'activa', "
          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    }
    tx.commit();
  }
  store::Database db(path);
  EXPECT_EQ(db.schema_version(), store::latest_schema_version());
  EXPECT_FALSE(store::sort_keys_missing(db.connection()));
  store::Statement q(db.connection(), "SELECT nombre FROM enterprise ORDER BY nombre_orden");
  std::vector<std::string> names;
  while (q.step()) names.push_back(q.text("nombre"));
  EXPECT_EQ(names, (std::vector<std::string>{"Álvarez Hermanos", "ana Lucía", "Nube Blanca",
                                             "Ñandú Tours", "Oro Verde", "Zapatería Núñez"}));
  EXPECT_EQ(store::query_int64(db.connection(),
                               "SELECT COUNT(*) AS n FROM distrito WHERE nombre_orden IS NULL OR "
                               "municipio_orden IS NULL"),
            0);
  store::Statement u(db.connection(),
                     "SELECT full_name_orden FROM app_user WHERE username = 'nora'");
  ASSERT_TRUE(u.step());
  EXPECT_EQ(u.blob("full_name_orden"), spanish_sort_key("Ñusta Ramírez"));
}

}  // namespace
}  // namespace cdmype::testing_support
