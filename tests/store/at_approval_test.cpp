// Approval freezes the subsidy of the policy in force: weighting, caps, versions by date, budget.
#include <gtest/gtest.h>

#include "at_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class AtApprovalTest : public AtTest {
 protected:
  TechnicalAssistance approve(const TechnicalAssistance& at) {
    return ws->assistances().approve(directora, at.codigo);
  }
  PolicyVersion two_step(Date from, int base, int weighted) {
    PolicyVersion v;
    v.effective_from = from;
    v.base_bp = base;
    v.weighted_bp = weighted;
    return v;
  }
};

TEST_F(AtApprovalTest, WomanLedUrbanEnterpriseGetsNinetyFivePercent) {
  const auto at = approve(request(mujer_urbana(), "1005.05"));
  ASSERT_TRUE(at.subsidio);
  EXPECT_EQ(at.estado, AtEstado::Aprobada);
  EXPECT_EQ(at.subsidio->subsidio, Money::from_cents(95480));
  EXPECT_EQ(at.subsidio->copago, Money::from_cents(5025));
  EXPECT_EQ(at.subsidio->center_bp, 9500);
  EXPECT_EQ(at.subsidio->reasons, ConditionSet{SubsidyCondition::LideradaPorMujer});
  EXPECT_EQ(explain(*at.subsidio), "95 %: liderada por mujer");
  // What is stored reads back the same, and the database agrees the sum is exact.
  EXPECT_EQ(get(at.codigo).subsidio, at.subsidio);
  EXPECT_EQ(scalar("SELECT subsidio_centavos + copago_centavos FROM technical_assistance"), 100505);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM technical_assistance WHERE policy_version_id IS NULL"), 1)
      << "la política inicial no es una fila guardada";
  const auto history = ws->maintenance().history(directora, store::kAuditAt, at.meta.id);
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[2].username, "directora");
  EXPECT_NE(history[2].after_json->find("\"subsidio_centavos\":95480"), std::string::npos);
  EXPECT_NE(history[2].before_json->find("\"subsidio_centavos\":null"), std::string::npos);
}

TEST_F(AtApprovalTest, MenLedUrbanNonAssociativeEnterpriseGetsNinetyPercent) {
  const auto at = approve(request(hombre_urbano(), "1005.05"));
  EXPECT_EQ(at.subsidio->subsidio, Money::from_cents(90455));  // 904.545 rounded half-up
  EXPECT_EQ(at.subsidio->copago, Money::from_cents(10050));
  EXPECT_TRUE(at.subsidio->reasons.empty());
  EXPECT_EQ(explain(*at.subsidio), "90 %: sin ponderación");
}

TEST_F(AtApprovalTest, RuralAndAssociativeAreWeightedOnceEach) {
  const auto rural = approve(request(hombre_rural(), "1000.00"));
  EXPECT_EQ(explain(*rural.subsidio), "95 %: rural");
  auto coop = enterprise("Cooperativa Los Niños", "Mario Peña", Sexo::Hombre);
  coop.forma_juridica = FormaJuridica::Cooperativa;
  coop.socias = 3;
  coop.socios = 9;
  coop.zona = Zona::Urbana;
  const auto c = ws->enterprises().create(asesor1, coop);
  const auto at = approve(request(c, "1000.00"));
  EXPECT_EQ(explain(*at.subsidio), "95 %: asociativa");
  EXPECT_EQ(at.subsidio->subsidio, Money::from_cents(95000)) << "un solo escalón, no acumulativo";
}

TEST_F(AtApprovalTest, ApprovalThatWouldOverdrawTheFundIsRefusedWithWhatRemains) {
  const auto e = hombre_urbano();
  approve(request(e, "1005.05"));                       // $904.55 committed
  set_budget(2026, "2949.75");                          // leaves $2,045.20
  const auto big = request(mujer_urbana(), "3000.00");  // 95 % = $2,850.00
  const auto audits = audit_rows(big);
  EXPECT_EQ(refusal([&] { approve(big); }),
            "La aprobación excede el fondo de asistencia técnica 2026: quedan $2,045.20 y el "
            "subsidio es $2,850.00.");
  EXPECT_EQ(get(big.codigo).estado, AtEstado::Solicitada);
  EXPECT_EQ(audit_rows(big), audits);
  const auto f = ws->budgets().figures(consulta, 2026);
  EXPECT_EQ(f.committed, Money::from_cents(90455));
  EXPECT_EQ(f.remaining, Money::from_cents(204520));
  // Exactly what remains fits.
  const auto fits = request(hombre_urbano(), "2272.44");  // 90 % = 2045.196 → $2,045.20
  EXPECT_EQ(approve(fits).subsidio->subsidio, Money::from_cents(204520));
  EXPECT_EQ(ws->budgets().figures(consulta, 2026).remaining, Money{});
}

TEST_F(AtApprovalTest, AYearWithoutBudgetIsNotLimited) {
  EXPECT_FALSE(ws->budgets().get(directora, 2026));
  const auto at = approve(request(mujer_urbana(), "250000.00"));
  EXPECT_EQ(at.estado, AtEstado::Aprobada);
  const auto f = ws->budgets().figures(directora, 2026);
  EXPECT_FALSE(f.fondo);
  EXPECT_EQ(f.committed, Money::from_cents(23750000));
}

TEST_F(AtApprovalTest, CancellingAnApprovedAtReleasesItsSubsidy) {
  set_budget(2026, "1000.00");
  const auto at = approve(request(mujer_urbana(), "1005.05"));
  EXPECT_EQ(ws->budgets().figures(consulta, 2026).remaining, Money::from_cents(4520));
  ws->assistances().step(directora, at.codigo, AtAction::Cancel,
                         with_motivo("Proveedor no disponible"));
  EXPECT_EQ(ws->budgets().figures(consulta, 2026).remaining, Money::from_cents(100000));
  EXPECT_EQ(get(at.codigo).subsidio->subsidio, Money::from_cents(95480))
      << "el registro lo conserva";
}

TEST_F(AtApprovalTest, TheVersionInForceOnTheApprovalDateApplies) {
  const auto v = ws->policies().add(directora, two_step(Date(2026, 10, 20), 9000, 9700));
  EXPECT_GT(v.id, 0);
  const auto e = mujer_urbana();
  const auto before = approve(request(e, "1000.00"));
  EXPECT_EQ(before.subsidio->center_bp, 9500) << "la nueva versión aún no rige";
  EXPECT_EQ(before.subsidio->policy_version_id, 0);
  clock.advance_days(5);  // 20/10/2026: the new version's first day
  const auto after = approve(request(e, "1000.00"));
  EXPECT_EQ(after.subsidio->center_bp, 9700);
  EXPECT_EQ(after.subsidio->policy_version_id, v.id);
  EXPECT_EQ(ws->assistances().detail(consulta, after.codigo)->politica->effective_from,
            Date(2026, 10, 20));
}

TEST_F(AtApprovalTest, FrozenValuesDoNotChangeWhenALaterPolicyIsAdded) {
  const auto at = approve(request(mujer_urbana(), "1005.05"));
  PolicyVersion cheap = two_step(Date(2026, 11, 1), 8000, 8500);
  cheap.cap_per_at = Money::from_cents(10000);
  ws->policies().add(directora, cheap);
  clock.advance_days(30);
  const auto read = get(at.codigo);
  EXPECT_EQ(read.subsidio, at.subsidio);
  EXPECT_EQ(ws->assistances().preview(consulta, at.codigo), *at.subsidio);
  EXPECT_EQ(ws->policies().in_force(consulta, Date(2026, 11, 14)).base_bp, 8000);
}

TEST_F(AtApprovalTest, ANewVersionMayNotStartOnOrBeforeTheLastApproval) {
  approve(request(mujer_urbana(), "100.00"));
  try {
    ws->policies().add(directora, two_step(Date(2026, 10, 15), 9000, 9600));
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_NE(e.problems()[0].find("ya hay asistencias aprobadas el 15/10/2026"),
              std::string::npos);
  }
  EXPECT_THROW(ws->policies().add(asesor1, two_step(Date(2027, 1, 1), 9000, 9600)),
               PermissionDenied);
  EXPECT_THROW(ws->policies().add(directora, two_step(Date(2027, 1, 1), 9000, 8000)),
               ValidationFailed)
      << "la ponderación no puede bajar el porcentaje";
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM subsidy_policy_version"), 0);
}

TEST_F(AtApprovalTest, CapsPerAssistanceAndPerEnterpriseYear) {
  PolicyVersion v = two_step(Date(2026, 1, 1), 9000, 9500);
  v.cap_per_at = Money::from_cents(50000);
  v.cap_per_enterprise_year = Money::from_cents(120000);
  ws->policies().add(directora, v);
  const auto e = mujer_urbana();
  const auto first = approve(request(e, "1005.05"));
  EXPECT_EQ(first.subsidio->subsidio, Money::from_cents(50000));
  EXPECT_EQ(first.subsidio->copago, Money::from_cents(50505));
  EXPECT_EQ(first.subsidio->cap, SubsidyCap::PorAsistencia);
  EXPECT_EQ(explain(*first.subsidio),
            "95 %: liderada por mujer; tope por asistencia: subsidio limitado a $500.00");
  approve(request(e, "1005.05"));  // another $500.00: $1,000.00 of $1,200.00 used
  const auto third = approve(request(e, "1005.05"));
  EXPECT_EQ(third.subsidio->subsidio, Money::from_cents(20000));
  EXPECT_EQ(third.subsidio->cap, SubsidyCap::PorEmpresaAnio);
  EXPECT_EQ(third.subsidio->subsidio + third.subsidio->copago, third.costo_total);
  // Another enterprise has its own yearly cap.
  EXPECT_EQ(approve(request(hombre_urbano(), "1005.05")).subsidio->subsidio,
            Money::from_cents(50000));
}

TEST_F(AtApprovalTest, GraduatedRulesFreezeTheRuleAndItsConditions) {
  PolicyVersion g;
  g.effective_from = Date(2026, 1, 1);
  g.kind = PolicyKind::Graduated;
  g.weight_conditions.clear();
  g.rules = {{"mujer_rural",
              "Mujer en zona rural",
              {SubsidyCondition::LideradaPorMujer, SubsidyCondition::Rural},
              300},
             {"mujer", "Liderada por mujer", {SubsidyCondition::LideradaPorMujer}, 500},
             {"general", "General", {}, 1200}};
  const auto stored = ws->policies().add(directora, g);
  EXPECT_EQ(ws->policies().versions(consulta).at(0).rules, stored.rules);
  const auto rural = ws->enterprises().create(asesor1, enterprise("Añil Citalá", "Lucía Peña"));
  const auto a = approve(request(rural, "1000.00"));
  EXPECT_EQ(a.subsidio->subsidio, Money::from_cents(97000));
  EXPECT_EQ(a.subsidio->rule_id, "mujer_rural");
  EXPECT_EQ(explain(*a.subsidio), "97 %: regla «mujer_rural» (liderada por mujer, rural)");
  const auto b = approve(request(hombre_urbano(), "1000.00"));
  EXPECT_EQ(b.subsidio->subsidio, Money::from_cents(88000));
  EXPECT_EQ(get(b.codigo).subsidio->rule_id, "general");
}

}  // namespace
}  // namespace cdmype::testing_support
