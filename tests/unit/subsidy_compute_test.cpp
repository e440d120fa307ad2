// Subsidy arithmetic: the examples, half-up rounding, caps, graduated rules, explanations.
#include "core/subsidy_compute.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace cdmype {
namespace {

Money usd(std::int64_t cents) { return Money::from_cents(cents); }

PolicyVersion graduated() {
  PolicyVersion v;
  v.id = 7;
  v.kind = PolicyKind::Graduated;
  v.effective_from = Date(2026, 1, 1);
  v.base_bp = 8500;
  v.rules = {
      {"general", "Resto de empresas", {}, 1800},
      {"mujer", "Liderada por mujer", {SubsidyCondition::LideradaPorMujer}, 1000},
      {"mujer-rural",
       "Mujer en zona rural",
       {SubsidyCondition::LideradaPorMujer, SubsidyCondition::Rural},
       500},
      {"joven-retornado",
       "Joven retornado",
       {SubsidyCondition::Joven, SubsidyCondition::Retornado},
       300},
  };
  return v;
}

TEST(SubsidyCompute, WomanLedUrbanEnterpriseGets95PercentRoundedHalfUp) {
  EnterpriseFacts f;
  f.liderada_por_mujer = true;
  const auto d = compute_subsidy(default_policy(), f, usd(100505));
  EXPECT_EQ(d.center_bp, 9500);
  EXPECT_EQ(d.subsidio, usd(95480));  // 954.7975 → 954.80
  EXPECT_EQ(d.copago, usd(5025));
  EXPECT_EQ(format_money(d.subsidio), "$954.80");
  EXPECT_EQ(format_money(d.copago), "$50.25");
  EXPECT_EQ(d.reasons, ConditionSet{SubsidyCondition::LideradaPorMujer});
  EXPECT_TRUE(d.weighted());
  EXPECT_EQ(d.policy_version_id, 0);
}

TEST(SubsidyCompute, MenLedUrbanNonAssociativeEnterpriseGets90Percent) {
  EnterpriseFacts f;  // hombre, urbana, persona natural
  f.joven = true;     // youth does not weigh in the two-step policy
  const auto d = compute_subsidy(default_policy(), f, usd(100505));
  EXPECT_EQ(d.center_bp, 9000);
  EXPECT_EQ(d.subsidio, usd(90455));  // 904.545 → 904.55
  EXPECT_EQ(d.copago, usd(10050));
  EXPECT_TRUE(d.reasons.empty());
  EXPECT_FALSE(d.weighted());
  EXPECT_EQ(explain(d), "90 %: sin ponderación");
}

TEST(SubsidyCompute, WeightingIsOneStepAndRecordsEveryReasonThatHeld) {
  EnterpriseFacts f;
  f.liderada_por_mujer = f.rural = f.asociativa = true;
  const auto d = compute_subsidy(default_policy(), f, usd(200000));
  EXPECT_EQ(d.center_bp, 9500);  // not 100 %: the three do not add up
  EXPECT_EQ(d.subsidio, usd(190000));
  EXPECT_EQ(d.reasons.size(), 3u);
  EXPECT_EQ(explain(d), "95 %: liderada por mujer, rural, asociativa");
}

TEST(SubsidyCompute, ExactHalfCentRoundsUp) {
  EnterpriseFacts f;
  f.rural = true;
  // 1,005.10 × 95 % = 954.845 → 954.85
  auto d = compute_subsidy(default_policy(), f, usd(100510));
  EXPECT_EQ(d.subsidio, usd(95485));
  EXPECT_EQ(d.copago, usd(5025));
  // 0.05 × 90 % = 0.045 → 0.05; 0.01 × 95 % = 0.0095 → 0.01
  EXPECT_EQ(compute_subsidy(default_policy(), {}, usd(5)).subsidio, usd(5));
  EXPECT_EQ(compute_subsidy(default_policy(), f, usd(1)).subsidio, usd(1));
  // Other fractions round to the nearest cent: 0.11 × 90 % = 0.099 → 0.10
  EXPECT_EQ(compute_subsidy(default_policy(), {}, usd(11)).subsidio, usd(10));
  EXPECT_EQ(compute_subsidy(default_policy(), {}, usd(0)).subsidio, usd(0));
}

TEST(SubsidyCompute, CapPerAtAppliesAfterRounding) {
  auto v = default_policy();
  v.cap_per_at = usd(50000);
  EnterpriseFacts f;
  f.rural = true;
  auto d = compute_subsidy(v, f, usd(100000));
  EXPECT_EQ(d.subsidio, usd(50000));
  EXPECT_EQ(d.copago, usd(50000));
  EXPECT_EQ(d.cap, SubsidyCap::PorAsistencia);
  EXPECT_EQ(d.center_bp, 9500);  // the percentage stays on record; the cap is why it is less
  EXPECT_EQ(explain(d), "95 %: rural; tope por asistencia: subsidio limitado a $500.00");
  d = compute_subsidy(v, f, usd(40000));  // under the cap: untouched
  EXPECT_EQ(d.subsidio, usd(38000));
  EXPECT_EQ(d.cap, SubsidyCap::Ninguno);
}

TEST(SubsidyCompute, CapPerEnterpriseYearCountsWhatWasAlreadyApproved) {
  auto v = default_policy();
  v.cap_per_enterprise_year = usd(150000);
  auto d = compute_subsidy(v, {}, usd(100000), usd(100000));
  EXPECT_EQ(d.subsidio, usd(50000));  // 900.00 wanted, 500.00 left
  EXPECT_EQ(d.copago, usd(50000));
  EXPECT_EQ(d.cap, SubsidyCap::PorEmpresaAnio);
  EXPECT_EQ(explain(d),
            "90 %: sin ponderación; tope por empresa y año: subsidio limitado a $500.00");
  // Already over the cap (e.g. the cap was lowered): nothing left, never negative.
  d = compute_subsidy(v, {}, usd(100000), usd(200000));
  EXPECT_EQ(d.subsidio, usd(0));
  EXPECT_EQ(d.copago, usd(100000));
  // Both caps: the smaller result binds.
  v.cap_per_at = usd(30000);
  d = compute_subsidy(v, {}, usd(100000), usd(100000));
  EXPECT_EQ(d.subsidio, usd(30000));
  EXPECT_EQ(d.cap, SubsidyCap::PorAsistencia);
}

TEST(SubsidyCompute, GraduatedPicksTheMostFavourableMatchingRule) {
  const auto v = graduated();
  EnterpriseFacts f;
  f.liderada_por_mujer = true;
  f.rural = true;
  auto d = compute_subsidy(v, f, usd(100000));
  EXPECT_EQ(d.rule_id, "mujer-rural");
  EXPECT_EQ(d.center_bp, 9500);
  EXPECT_EQ(d.copago, usd(5000));
  EXPECT_EQ(d.kind, PolicyKind::Graduated);
  EXPECT_EQ(d.policy_version_id, 7);
  EXPECT_EQ(explain(d), "95 %: regla «mujer-rural» (liderada por mujer, rural)");

  f.joven = f.retornado = true;  // 3 % beats 5 %
  d = compute_subsidy(v, f, usd(100000));
  EXPECT_EQ(d.rule_id, "joven-retornado");
  EXPECT_EQ(d.copago, usd(3000));
  EXPECT_EQ(d.reasons, (ConditionSet{SubsidyCondition::Joven, SubsidyCondition::Retornado}));
}

TEST(SubsidyCompute, GraduatedFallsBackToDefaultRuleThenToBase) {
  auto v = graduated();
  EnterpriseFacts f;
  f.rural = true;  // no rule asks for rural alone
  auto d = compute_subsidy(v, f, usd(100000));
  EXPECT_EQ(d.rule_id, "general");
  EXPECT_EQ(d.center_bp, 8200);
  EXPECT_FALSE(d.weighted());
  EXPECT_EQ(explain(d), "82 %: regla «general»");

  v.rules.erase(v.rules.begin());  // no default rule: the version's base applies
  d = compute_subsidy(v, f, usd(100000));
  EXPECT_TRUE(d.rule_id.empty());
  EXPECT_EQ(d.center_bp, 8500);
  EXPECT_EQ(explain(d), "85 %: ninguna regla aplica (porcentaje base)");
}

TEST(SubsidyCompute, SizeConditionsNeedAKnownSize) {
  auto v = graduated();
  v.rules.push_back({"micro", "Microempresa", {SubsidyCondition::Micro}, 800});
  EnterpriseFacts f;
  EXPECT_EQ(compute_subsidy(v, f, usd(1000)).rule_id, "general");
  f.tamano = Tamano::Micro;
  EXPECT_EQ(compute_subsidy(v, f, usd(1000)).rule_id, "micro");
  f.tamano = Tamano::Pequena;
  EXPECT_EQ(compute_subsidy(v, f, usd(1000)).rule_id, "general");
}

TEST(SubsidyCompute, RefusesNegativeAmounts) {
  EXPECT_THROW(compute_subsidy(default_policy(), {}, usd(-1)), UserError);
  EXPECT_THROW(compute_subsidy(default_policy(), {}, usd(100), usd(-1)), UserError);
}

TEST(SubsidyCompute, StoredDecisionIsAValueALaterPolicyCannotChange) {
  // Approved on 10/03/2026 under the default policy …
  std::vector<PolicyVersion> versions{default_policy()};
  EnterpriseFacts f;
  f.liderada_por_mujer = true;
  const Date approved_on(2026, 3, 10);
  const SubsidyDecision frozen =
      compute_subsidy(policy_in_force(versions, approved_on), f, usd(100505));
  const SubsidyDecision copy_on_record = frozen;

  // … then the director publishes a stingier version from 01/04/2026.
  PolicyVersion v2 = default_policy();
  v2.id = 2;
  v2.effective_from = Date(2026, 4, 1);
  v2.base_bp = 8000;
  v2.weighted_bp = 8500;
  versions.push_back(v2);

  EXPECT_EQ(copy_on_record, frozen);  // nothing in the decision refers to the policy
  EXPECT_EQ(copy_on_record.subsidio, usd(95480));
  EXPECT_EQ(policy_in_force(versions, approved_on).id, 0);  // history is unchanged
  const auto later = compute_subsidy(policy_in_force(versions, Date(2026, 4, 1)), f, usd(100505));
  EXPECT_EQ(later.policy_version_id, 2);
  EXPECT_EQ(later.center_bp, 8500);
  EXPECT_NE(later.subsidio, copy_on_record.subsidio);
}

}  // namespace
}  // namespace cdmype
