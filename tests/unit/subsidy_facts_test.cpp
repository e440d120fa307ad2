// Enterprise facts for the subsidy: derived from the file as product.md §2 defines them.
#include "core/subsidy_facts.hpp"

#include <gtest/gtest.h>

#include "core/subsidy_compute.hpp"
#include "support/shipped_size_rules.hpp"

namespace cdmype {
namespace {

Enterprise urban_man() {
  Enterprise e;
  e.codigo = "CH-2026-0042";
  e.forma_juridica = FormaJuridica::PersonaNatural;
  e.titular.sexo = Sexo::Hombre;
  e.titular.fecha_nacimiento = Date(1980, 5, 1);
  e.zona = Zona::Urbana;
  return e;
}

TEST(SubsidyFacts, DerivedFromTheEnterpriseFile) {
  const Date on(2026, 3, 10);
  EXPECT_EQ(facts_of(urban_man(), on, SizeRules{}), EnterpriseFacts{});

  Enterprise coop = urban_man();
  coop.forma_juridica = FormaJuridica::Cooperativa;
  coop.socias = 6;
  coop.socios = 6;  // half the members are women: liderada por mujer
  coop.zona = Zona::Rural;
  coop.titular.fecha_nacimiento = Date(1997, 3, 10);  // 29 on the date: still joven
  coop.titular.retornado = true;
  coop.empleados_mujeres = 3;
  coop.ventas_anuales = Money::from_cents(2'000'000);
  // The shipped laws with only the $365.00 wage.
  SizeRules rules = testing_support::shipped_size_rules();
  rules.wages.resize(1);
  const auto f = facts_of(coop, on, rules);
  EXPECT_TRUE(f.liderada_por_mujer);
  EXPECT_TRUE(f.rural);
  EXPECT_TRUE(f.asociativa);
  EXPECT_TRUE(f.joven);
  EXPECT_TRUE(f.retornado);
  EXPECT_FALSE(f.discapacidad);
  EXPECT_EQ(f.tamano, Tamano::Micro);
  EXPECT_TRUE(holds(f, SubsidyCondition::Micro));
  EXPECT_FALSE(holds(f, SubsidyCondition::Pequena));
  // 10/03/2026 is under the 2014 law: no micro categories yet.
  EXPECT_FALSE(f.categoria_micro);
  EXPECT_FALSE(holds(f, SubsidyCondition::MicroSubsistencia));
  EXPECT_FALSE(facts_of(coop, Date(2027, 3, 10), rules).joven);  // 30 on that birthday
  const auto unknown = facts_of(coop, on, SizeRules{rules.laws, {}});  // no minimum wage known
  EXPECT_EQ(unknown.tamano, Tamano::SinDatos);
  EXPECT_FALSE(holds(unknown, SubsidyCondition::Micro));
  // Under the 2026 reform $20,000 is 54.8 minimum wages of $365: subsistencia
  // by sales, which prevail over the 3 workers (acumulación).
  const auto reform = facts_of(coop, Date(2026, 10, 5), rules);
  EXPECT_EQ(reform.tamano, Tamano::Micro);
  EXPECT_EQ(reform.categoria_micro, CategoriaMicro::Subsistencia);
  EXPECT_TRUE(holds(reform, SubsidyCondition::MicroSubsistencia));
  EXPECT_TRUE(holds(reform, SubsidyCondition::Micro));
  EXPECT_FALSE(holds(reform, SubsidyCondition::MicroAcumulacion));
  EXPECT_FALSE(holds(reform, SubsidyCondition::MicroExpansion));
}

TEST(SubsidyFacts, IssueExamplesFromTheEnterpriseFile) {
  Enterprise woman = urban_man();
  woman.titular.sexo = Sexo::Mujer;
  const Date on(2026, 3, 10);
  auto d = compute_subsidy(default_policy(), facts_of(woman, on, SizeRules{}), Money::from_cents(100505));
  EXPECT_EQ(format_money(d.subsidio), "$954.80");
  EXPECT_EQ(format_money(d.copago), "$50.25");
  EXPECT_EQ(explain(d), "95 %: liderada por mujer");

  d = compute_subsidy(default_policy(), facts_of(urban_man(), on, SizeRules{}), Money::from_cents(100505));
  EXPECT_EQ(d.center_bp, 9000);
  EXPECT_EQ(format_money(d.subsidio), "$904.55");
  EXPECT_EQ(format_money(d.copago), "$100.50");
}

}  // namespace
}  // namespace cdmype
