// Property test: random totals and policies; subsidy + copago == total and caps hold.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "core/subsidy_compute.hpp"

namespace cdmype {
namespace {

constexpr int kCases = 100'000;
constexpr std::int64_t kMaxTotal = 100'000'000;  // $1,000,000.00

// Half-up rounding written differently from the code under test:
// floor((2·c·bp + 10000) / 20000) for non-negative c.
std::int64_t reference_percent(std::int64_t cents, int bp) {
  return (2 * cents * bp + 10000) / 20000;
}

struct Gen {
  std::mt19937_64 rng{20260401};
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  }
  bool coin() { return between(0, 1) == 1; }

  ConditionSet conditions(int max_code) {
    ConditionSet s;
    for (int c = 0; c <= max_code; ++c)
      if (between(0, 3) == 0) s.insert(static_cast<SubsidyCondition>(c));
    return s;
  }

  PolicyVersion policy() {
    PolicyVersion v;
    v.id = between(1, 1000);
    v.effective_from = Date(2026, 1, 1);
    v.base_bp = static_cast<int>(between(0, kFullBp));
    v.weighted_bp = static_cast<int>(between(v.base_bp, kFullBp));
    v.weight_conditions = conditions(2);
    if (coin()) v.cap_per_at = Money::from_cents(between(1, kMaxTotal));
    if (coin()) v.cap_per_enterprise_year = Money::from_cents(between(1, kMaxTotal));
    if (coin()) {
      v.kind = PolicyKind::Graduated;
      const auto n = between(0, 6);
      for (int i = 0; i < n; ++i) {
        // Appended, not "r" + to_string: GCC 12 at -O2 warns falsely (-Wrestrict) on that.
        std::string id = "r";
        id += std::to_string(i);
        v.rules.push_back(
            {id, "", conditions(7), static_cast<int>(between(kMinCopagoBp, kMaxCopagoBp))});
      }
    }
    return v;
  }

  EnterpriseFacts facts() {
    EnterpriseFacts f;
    f.liderada_por_mujer = coin();
    f.rural = coin();
    f.asociativa = coin();
    f.joven = coin();
    f.retornado = coin();
    f.discapacidad = coin();
    switch (between(0, 3)) {
      case 0:
        f.tamano = Tamano::Micro;
        break;
      case 1:
        f.tamano = Tamano::Pequena;
        break;
      case 2:
        f.tamano = Tamano::FueraDeRango;
        break;
      default:
        break;
    }
    return f;
  }
};

TEST(SubsidyProperty, SubsidyPlusCopagoIsTheTotalAndEveryCapHolds) {
  Gen g;
  for (int i = 0; i < kCases; ++i) {
    const PolicyVersion v = g.policy();
    const EnterpriseFacts f = g.facts();
    // Mostly random cents, with round dollars and tiny totals mixed in.
    std::int64_t total = g.between(0, kMaxTotal);
    if (i % 10 == 1) total -= total % 100;
    if (i % 10 == 2) total = g.between(0, 20);
    const Money already = Money::from_cents(g.coin() ? 0 : g.between(0, kMaxTotal));

    const SubsidyDecision d = compute_subsidy(v, f, Money::from_cents(total), already);
    std::ostringstream trace;
    trace << "caso " << i << ": total " << total << ", bp " << d.center_bp;
    SCOPED_TRACE(trace.str());

    ASSERT_EQ(d.subsidio.cents + d.copago.cents, total);
    ASSERT_EQ(d.costo_total.cents, total);
    ASSERT_GE(d.subsidio.cents, 0);
    ASSERT_LE(d.subsidio.cents, total);
    ASSERT_GE(d.copago.cents, 0);
    ASSERT_GE(d.center_bp, 0);
    ASSERT_LE(d.center_bp, kFullBp);
    if (v.cap_per_at) {
      ASSERT_LE(d.subsidio, *v.cap_per_at);
    }
    if (v.cap_per_enterprise_year) {
      ASSERT_LE(d.subsidio.cents,
                std::max<std::int64_t>(0, v.cap_per_enterprise_year->cents - already.cents));
    }

    // The amount is exactly the rounded percentage, lowered only by the caps.
    std::int64_t expected = reference_percent(total, d.center_bp);
    if (v.cap_per_at) expected = std::min(expected, v.cap_per_at->cents);
    if (v.cap_per_enterprise_year)
      expected = std::min(
          expected, std::max<std::int64_t>(0, v.cap_per_enterprise_year->cents - already.cents));
    ASSERT_EQ(d.subsidio.cents, expected);
    ASSERT_EQ(d.cap == SubsidyCap::Ninguno, expected == reference_percent(total, d.center_bp));

    // The percentage is the one the policy promises for these facts.
    if (v.kind == PolicyKind::TwoStep) {
      const bool weighted = std::any_of(v.weight_conditions.begin(), v.weight_conditions.end(),
                                        [&](SubsidyCondition c) { return holds(f, c); });
      ASSERT_EQ(d.center_bp, weighted ? v.weighted_bp : v.base_bp);
      ASSERT_EQ(d.weighted(), weighted);
    } else if (!d.rule_id.empty()) {
      const auto rule = std::find_if(v.rules.begin(), v.rules.end(),
                                     [&](const GraduatedRule& r) { return r.id == d.rule_id; });
      ASSERT_NE(rule, v.rules.end());
      ASSERT_TRUE(holds_all(f, rule->conditions));
      ASSERT_GE(d.center_bp, kFullBp - kMaxCopagoBp);
      ASSERT_LE(d.center_bp, kFullBp - kMinCopagoBp);
      // No other specific rule that holds would have been more favourable.
      for (const auto& r : v.rules) {
        if (!r.conditions.empty() && holds_all(f, r.conditions)) {
          ASSERT_GE(r.copago_bp, rule->copago_bp);
        }
      }
    } else {
      ASSERT_EQ(d.center_bp, v.base_bp);
    }
  }
}

TEST(SubsidyProperty, HalfUpMatchesReferenceOnEveryBasisPoint) {
  // Exhaustive over the percentages, on totals that hit exact half cents.
  for (int bp = 0; bp <= kFullBp; ++bp)
    for (std::int64_t c : {0LL, 1LL, 2LL, 5LL, 10LL, 50LL, 99LL, 100505LL, 99999999LL})
      ASSERT_EQ(percent_of_cents(c, bp), reference_percent(c, bp)) << c << " × " << bp;
}

}  // namespace
}  // namespace cdmype
