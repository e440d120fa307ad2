// AT budget: the funding split, committed / executed / remaining, and the refusal to overdraw.
#include "core/budget.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace cdmype {
namespace {

Money usd(std::int64_t cents) { return Money::from_cents(cents); }

TEST(Budget, RefusalNamesTheYearTheRemainderAndTheSubsidy) {
  const AtBudget b{2026, usd(2500000)};
  const auto refusal = check_approval(b, usd(2500000 - 204520), usd(300000));
  ASSERT_TRUE(refusal);
  EXPECT_EQ(*refusal,
            "La aprobación excede el fondo de asistencia técnica 2026: quedan $2,045.20 y el "
            "subsidio es $3,000.00.");
}

TEST(Budget, SubsidyThatFitsExactlyIsAllowed) {
  const AtBudget b{2026, usd(2500000)};
  EXPECT_FALSE(check_approval(b, usd(2500000 - 204520), usd(204520)));
  EXPECT_TRUE(check_approval(b, usd(2500000 - 204520), usd(204521)));
  EXPECT_FALSE(check_approval(b, usd(0), usd(0)));
}

TEST(Budget, NoBudgetSetMeansNotLimited) {
  EXPECT_FALSE(check_approval(std::nullopt, usd(999999999), usd(999999999)));
  const std::vector<BudgetLine> lines{{AtEstado::Aprobada, usd(100000)}};
  const auto f = budget_figures(2026, std::nullopt, lines);
  EXPECT_FALSE(f.fondo);
  EXPECT_FALSE(f.remaining);
  EXPECT_EQ(f.committed, usd(100000));
  EXPECT_EQ(describe(f),
            "Fondo 2026: no definido (sin límite); comprometido $1,000.00; ejecutado $0.00");
}

TEST(Budget, CommittedCountsApprovedAndLaterAndExecutedOnlySettled) {
  std::vector<BudgetLine> lines;
  std::int64_t cents = 1;
  for (const auto& e : code_table<AtEstado>()) {
    lines.push_back({e.value, usd(cents)});
    cents *= 10;  // each state gets its own digit of the sum
  }
  // borrador 1, solicitada 10, aprobada 100, rechazada 1000, contratada 10^4,
  // en_ejecucion 10^5, finalizada 10^6, liquidada 10^7, cancelada 10^8
  const auto f = budget_figures(2026, AtBudget{2026, usd(200000000)}, lines);
  EXPECT_EQ(f.committed, usd(11110100));
  EXPECT_EQ(f.executed, usd(10000000));
  EXPECT_EQ(f.remaining, usd(200000000 - 11110100));
  EXPECT_EQ(committed_of(lines), f.committed);
}

TEST(Budget, OverdrawnFundSaysByHowMuch) {
  const AtBudget lowered{2027, usd(100000)};
  const auto refusal = check_approval(lowered, usd(150000), usd(1000));
  ASSERT_TRUE(refusal);
  EXPECT_EQ(*refusal,
            "La aprobación excede el fondo de asistencia técnica 2027: ya está sobregirado en "
            "$500.00 y el subsidio es $10.00.");
}

TEST(Budget, FundingSplitAddsUpToTheFund) {
  AtBudget b{2026, usd(2500001)};
  EXPECT_EQ(b.conamype_bp, 5000);
  EXPECT_EQ(conamype_share(b), usd(1250001));  // 12,500.005 rounds half-up
  EXPECT_EQ(operador_share(b), usd(1250000));
  b.conamype_bp = 6000;
  EXPECT_EQ(b.operador_bp(), 4000);
  EXPECT_EQ(conamype_share(b) + operador_share(b), b.fondo);
  EXPECT_TRUE(validate(b).empty());
  b.conamype_bp = 10001;
  b.fondo = usd(-1);
  b.year = 1999;
  EXPECT_EQ(validate(b).size(), 3u);
  EXPECT_EQ(describe(budget_figures(2026, AtBudget{2026, usd(2500000)}, {})),
            "Fondo 2026: $25,000.00; comprometido $0.00; ejecutado $0.00; disponible $25,000.00");
}

}  // namespace
}  // namespace cdmype
