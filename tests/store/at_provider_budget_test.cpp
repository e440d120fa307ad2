// Providers (registry, unique names, ratings from finished AT) and the yearly AT budget.
#include <gtest/gtest.h>

#include "at_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class AtProviderBudgetTest : public AtTest {
 protected:
  // Request → approve → contract → start → finish with `rating`.
  TechnicalAssistance finished(const Enterprise& e, int rating, const std::string& proveedor) {
    auto at = ws->assistances().request_new(asesor1, draft_for(e, "400.00", proveedor));
    at = ws->assistances().approve(directora, at.codigo);
    at = step(compras, at, AtAction::Contract);
    at = step(compras, at, AtAction::Start);
    return step(compras, at, AtAction::Finish, with_rating(rating));
  }
};

TEST_F(AtProviderBudgetTest, ComprasKeepsTheRegistryAndNamesAreUniqueIgnoringAccents) {
  Provider p;
  p.nombre = "Consultoría Niño & Peña";
  p.nit = "06141501901013";
  p.especialidades = "inocuidad, etiquetado";
  p.contacto = "2301-0000";
  p.distrito_id = distrito_id("La Palma");
  const auto stored = ws->providers().create(compras, p);
  EXPECT_EQ(stored.nit, "0614-150190-101-3");
  EXPECT_THROW(ws->providers().create(asesor1, p), PermissionDenied);
  p.nombre = "CONSULTORIA NINO & PENA";
  EXPECT_EQ(refusal([&] { ws->providers().create(directora, p); }),
            "Ya existe un proveedor llamado «CONSULTORIA NINO & PENA».");
  p.nombre = "";
  EXPECT_THROW(ws->providers().create(compras, p), ValidationFailed);
  const auto off = ws->providers().set_active(compras, "consultoria nino & pena", false);
  EXPECT_FALSE(off.activo);
  EXPECT_EQ(ws->maintenance().history(directora, store::kAuditProvider, stored.meta.id).size(), 2u);
}

TEST_F(AtProviderBudgetTest, TheAverageRatingComesFromFinishedAt) {
  const auto e = mujer_urbana();
  finished(e, 4, "Diseños Citalá");
  finished(e, 5, "diseños citala");
  ws->assistances().request_new(asesor1, draft_for(e, "100.00", "Diseños Citalá"));
  const auto s = ws->providers().by_name(consulta, "Diseños Citalá");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->asistencias, 3);
  EXPECT_EQ(s->calificaciones, 2);
  EXPECT_DOUBLE_EQ(*s->calificacion_promedio, 4.5);
  EXPECT_EQ(describe_rating(*s), "4.5 de 5 (2 calificaciones)");
  EXPECT_EQ(ws->providers().list(consulta).size(), 1u);
}

TEST_F(AtProviderBudgetTest, ContractingWithAnInactiveProviderIsRefused) {
  auto at = ws->assistances().request_new(asesor1, draft_for(mujer_urbana(), "400.00", ""));
  at = ws->assistances().approve(directora, at.codigo);
  EXPECT_EQ(refusal([&] { step(compras, at, AtAction::Contract); }),
            "Asigne un proveedor antes de contratar la asistencia " + at.codigo + ".");
  Provider p;
  p.nombre = "Imprenta La Palma";
  ws->providers().create(compras, p);
  ws->providers().set_active(compras, p.nombre, false);
  EXPECT_THROW(ws->assistances().step(compras, at.codigo, AtAction::Contract, {}, p.nombre),
               UserError);
  const auto contracted =
      ws->assistances().step(compras, at.codigo, AtAction::Contract, {}, "Serigrafía Peña");
  EXPECT_EQ(ws->assistances().detail(consulta, at.codigo)->proveedor, "Serigrafía Peña");
  EXPECT_EQ(contracted.estado, AtEstado::Contratada);
}

TEST_F(AtProviderBudgetTest, BudgetIsSetByTheDirectorWithItsSplitAndFigures) {
  EXPECT_THROW(ws->budgets().set(asesor1, {2026, Money::from_cents(100), kDefaultConamypeBp}),
               PermissionDenied);
  EXPECT_THROW(ws->budgets().set(directora, {2026, Money::from_cents(-1), kDefaultConamypeBp}),
               ValidationFailed);
  ws->budgets().set(directora, {2026, *parse_money("25000.00"), 6000});
  const auto b = ws->budgets().get(consulta, 2026);
  ASSERT_TRUE(b);
  EXPECT_EQ(conamype_share(*b), Money::from_cents(1500000));
  EXPECT_EQ(operador_share(*b), Money::from_cents(1000000));
  const auto e = mujer_urbana();
  const auto done = finished(e, 5, "Diseños Citalá");
  step(compras, pay_in_full(done), AtAction::Settle);
  ws->assistances().approve(directora, request(e, "1005.05").codigo);
  const auto f = ws->budgets().figures(consulta, 2026);
  EXPECT_EQ(f.committed, Money::from_cents(38000 + 95480));
  EXPECT_EQ(f.executed, Money::from_cents(38000));
  EXPECT_EQ(f.remaining, Money::from_cents(2500000 - 38000 - 95480));
  ws->budgets().set(directora, {2026, *parse_money("30000.00"), kDefaultConamypeBp});
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'at_budget'"), 2);
  EXPECT_EQ(ws->budgets().all(consulta).size(), 1u);
}

}  // namespace
}  // namespace cdmype::testing_support
