// The dated minimum wage: shipped rows, the director's new row (permission, checks, audit),
// the old single setting migrated away, and the size it gives the AT queue.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "core/enterprise_size.hpp"
#include "core/errors.hpp"
#include "store/migrations.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using MinimumWageTest = StoreTest;

TEST_F(MinimumWageTest, ShipsTheCommerceAndServicesWagesSince2021) {
  const auto rows = ws->minimum_wages().wages(asesor1);  // anyone signed in reads them
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].vigente_desde, Date(2021, 8, 1));
  EXPECT_EQ(rows[0].monto.cents, 36'500);
  EXPECT_EQ(rows[1].vigente_desde, Date(2025, 6, 1));
  EXPECT_EQ(rows[1].monto.cents, 40'880);
  EXPECT_NE(rows[1].nota.find("23/05/2025"), std::string::npos);
  EXPECT_EQ(wage_in_force(rows, Date(2025, 5, 31))->cents, 36'500);
  EXPECT_EQ(wage_in_force(rows, Date(2026, 10, 15))->cents, 40'880);
}

TEST_F(MinimumWageTest, TheDirectorAddsALaterRowAndItIsAudited) {
  MinimumWage w;
  w.vigente_desde = Date(2026, 6, 1);
  w.monto = Money::from_cents(42'500);
  w.nota = "  Decreto Ejecutivo N.° 7, Citalá  ";
  EXPECT_THROW(ws->minimum_wages().add(asesor1, w), PermissionDenied);
  EXPECT_THROW(ws->minimum_wages().add(admin, w), PermissionDenied);
  const MinimumWage stored = ws->minimum_wages().add(directora, w);
  EXPECT_GT(stored.id, 0);
  EXPECT_EQ(stored.nota, "Decreto Ejecutivo N.° 7, Citalá");
  const auto rows = ws->minimum_wages().wages(directora);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows.back(), stored);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'minimum_wage' "
                   "AND username = 'directora'"),
            1);
  // Same date again, an earlier date, a zero amount: refused with the reason.
  try {
    ws->minimum_wages().add(directora, w);
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_NE(e.problems()[0].find("01/06/2026"), std::string::npos) << e.problems()[0];
  }
  w.vigente_desde = Date(2027, 1, 1);
  w.monto = Money{};
  EXPECT_THROW(ws->minimum_wages().add(directora, w), ValidationFailed);
  EXPECT_EQ(ws->minimum_wages().wages(directora).size(), 3u);
}

TEST_F(MinimumWageTest, TheAtQueueWeighsTheSizeWithoutAnyTypedSetting) {
  // No minimum-wage setting exists any more: the dated rows size the file.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM setting WHERE key = 'salario_minimo_centavos'"), 0);
  Enterprise e = enterprise("Panadería Ñandú", "Rosa Peña");
  e.ventas_anuales = Money::from_cents(2'000'000);  // $20,000 = 48.9 × $408.80
  e.empleados_mujeres = 2;
  const SizeClass s = size_of(e, Date(2026, 10, 15), ws->minimum_wages().rules(asesor1));
  EXPECT_EQ(s, (SizeClass{Tamano::Micro, CategoriaMicro::Subsistencia}));
}

TEST(MinimumWageMigration, DropsTheOldSingleSettingAndSeedsTheTable) {
  TempDir dir;
  const auto path = dir / "viejo.db";
  {
    store::SqliteConnection conn(path, true);  // migrations run on a Connection
    SQLite::Database& raw = conn.raw();
    raw.exec("PRAGMA foreign_keys = ON");
    store::WriteTransaction tx(conn);
    store::apply_migrations(conn, store::migrations(), 8, "2026-01-01T00:00:00Z");
    raw.exec("INSERT INTO setting (key, value) VALUES ('center_name', 'CDMYPE Citalá'), "
             "('salario_minimo_centavos', '36500')");
    tx.commit();
  }
  store::Database db(path);
  EXPECT_EQ(store::query_int64(db.connection(),
                               "SELECT COUNT(*) AS n FROM setting "
                               "WHERE key = 'salario_minimo_centavos'"),
            0);
  store::Statement rows(db.connection(),
                        "SELECT effective_from, monto_centavos FROM minimum_wage "
                        "ORDER BY effective_from");
  ASSERT_TRUE(rows.step());
  EXPECT_EQ(rows.text("effective_from"), "2021-08-01");
  EXPECT_EQ(rows.int64("monto_centavos"), 36500);
  ASSERT_TRUE(rows.step());
  EXPECT_EQ(rows.text("effective_from"), "2025-06-01");
  EXPECT_EQ(rows.int64("monto_centavos"), 40880);
  EXPECT_FALSE(rows.step());
}

}  // namespace
}  // namespace cdmype::testing_support
