// The dated size laws live in the database: the shipped rows read back as the classifier tests
// expect, and a reform added as a row changes the size from its date on, with no new code.
#include <gtest/gtest.h>

#include "core/enterprise_size.hpp"
#include "store/size_law_repository.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"
#include "store_test_support.hpp"
#include "support/shipped_size_rules.hpp"

namespace cdmype::testing_support {
namespace {

class SizeLawTest : public StoreTest {
 protected:
  // Statements of the test itself, on whichever engine the fixture opened.
  void run(const std::string& sql) { store::Statement(this->sql(), sql).execute(); }
  // The kind of error the database refuses `sql` with (a test failure when it takes it).
  template <class Run>
  store::DbErrorKind refusal(const Run& run_sql, const std::string& sql) {
    try {
      run_sql(sql);
    } catch (const store::DbError& e) {
      return e.kind();
    }
    ADD_FAILURE() << "la base de datos aceptó: " << sql;
    return store::DbErrorKind::Other;
  }
};

TEST_F(SizeLawTest, TheShippedRowsReadBackAsTheTestsExpectThem) {
  const SizeRules expected = shipped_size_rules();
  const SizeRules rules = ws->minimum_wages().rules(asesor1);  // anyone signed in reads them
  EXPECT_EQ(rules.laws, expected.laws);
  ASSERT_EQ(rules.wages.size(), expected.wages.size());
  for (size_t i = 0; i < rules.wages.size(); ++i) {
    EXPECT_EQ(rules.wages[i].vigente_desde, expected.wages[i].vigente_desde);
    EXPECT_EQ(rules.wages[i].monto, expected.wages[i].monto);
    EXPECT_EQ(rules.wages[i].nota, expected.wages[i].nota);
  }
  // The reform starts on its publication day in the Diario Oficial.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM size_law WHERE vigente_desde = '2026-03-16'"), 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM size_law_micro_band"), 3);
}

TEST_F(SizeLawTest, AReformIsANewRowNotNewCode) {
  // Panadería Ñandú: $245,280 = 600 wages of $408.80, 11 workers.
  Enterprise e = enterprise("Panadería Ñandú", "Rosa Peña");
  e.ventas_anuales = Money::from_cents(24'528'000);
  e.empleados_mujeres = 6;
  e.empleados_hombres = 5;
  const Date in_2026(2026, 10, 15);
  const Date in_2030(2030, 6, 1);
  const SizeRules before = ws->minimum_wages().rules(asesor1);
  EXPECT_EQ(size_of(e, in_2026, before), (SizeClass{Tamano::Pequena, std::nullopt}));
  EXPECT_EQ(size_of(e, in_2030, before), (SizeClass{Tamano::Pequena, std::nullopt}));

  // A hypothetical reform from 2030: micro up to 700 wages and 12 workers, two
  // categories, and the larger size when sales and workers disagree.
  run("INSERT INTO size_law (vigente_desde, norma, micro_salarios, micro_trabajadores, "
      "pequena_salarios, pequena_trabajadores, desacuerdo) VALUES "
      "('2030-01-01', 'Reforma hipotética (Citalá)', 700, 12, 7000, 60, 'mayor')");
  run("INSERT INTO size_law_micro_band (size_law_id, categoria, hasta_salarios, "
      "hasta_trabajadores) SELECT id, 'subsistencia', 100, 3 FROM size_law "
      "WHERE vigente_desde = '2030-01-01'");
  run("INSERT INTO size_law_micro_band (size_law_id, categoria, hasta_salarios, "
      "hasta_trabajadores) SELECT id, 'expansion', 700, 12 FROM size_law "
      "WHERE vigente_desde = '2030-01-01'");

  const SizeRules after = ws->minimum_wages().rules(asesor1);
  ASSERT_EQ(after.laws.size(), 3u);
  EXPECT_EQ(after.laws.back().desacuerdo, Desacuerdo::ElMayor);
  EXPECT_EQ(size_law_in_force(in_2030, after.laws)->norma, "Reforma hipotética (Citalá)");
  // 2030: micro (expansión) under the new row; 2026 still under the March 2026 reform.
  EXPECT_EQ(size_of(e, in_2030, after), (SizeClass{Tamano::Micro, CategoriaMicro::Expansion}));
  EXPECT_EQ(size_of(e, in_2026, after), (SizeClass{Tamano::Pequena, std::nullopt}));
  EXPECT_EQ(size_of(e, Date(2029, 12, 31), after), (SizeClass{Tamano::Pequena, std::nullopt}));
  // The row's tie-break is read too: 13 workers make the same sales pequeña in 2030.
  e.empleados_hombres = 7;
  EXPECT_EQ(size_of(e, in_2030, after), (SizeClass{Tamano::Pequena, std::nullopt}));
}

TEST_F(SizeLawTest, TheTableRefusesRowsTheClassifierCouldNotRead) {
  const auto insert = [&](const std::string& values) {
    run("INSERT INTO size_law (vigente_desde, norma, micro_salarios, micro_trabajadores, "
        "pequena_salarios, pequena_trabajadores, desacuerdo) VALUES " +
        values);
  };
  EXPECT_EQ(refusal(insert, "('2031-01-01', 'x', 500, 10, 5000, 50, 'trabajadores')"),
            store::DbErrorKind::Check);
  EXPECT_EQ(refusal(insert, "('2031-01-01', 'x', 500, 10, 400, 50, 'ventas')"),
            store::DbErrorKind::Check);
  EXPECT_EQ(refusal(insert, "('2026-03-16', 'x', 500, 10, 5000, 50, 'ventas')"),
            store::DbErrorKind::Unique);
  EXPECT_EQ(refusal([&](const std::string& sql) { run(sql); },
                    "INSERT INTO size_law_micro_band (size_law_id, categoria, hasta_salarios, "
                    "hasta_trabajadores) VALUES (1, 'grande', 10, 1)"),
            store::DbErrorKind::Check);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM size_law"), 2);
}

}  // namespace
}  // namespace cdmype::testing_support
