// Enterprise size and micro category at every limit, on both sides of the 2026 reform.
#include "core/enterprise_size.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

#include "support/shipped_size_rules.hpp"

namespace cdmype {
namespace {

using testing_support::shipped_size_rules;

const Money k408 = Money::from_cents(40'880);
const Money k365 = Money::from_cents(36'500);
// The reform's row starts on its Diario Oficial publication date (the
// vigencia clause is unconfirmed; see migration 0009).
const Date kBefore(2026, 3, 15);  // last day under the 2014 law
const Date kAfter(2026, 3, 16);   // the reform in force from its publication
const SizeRules kRules = shipped_size_rules();

const SizeLaw& law_on(const Date& on) { return *size_law_in_force(on, kRules.laws); }

// N minimum wages in cents, plus `extra` cents.
Money wages(std::int64_t n, Money wage, std::int64_t extra = 0) {
  return Money::from_cents(n * wage.cents + extra);
}

SizeClass reform(Money ventas, int trabajadores, Money wage = k408) {
  return classify_size(ventas, trabajadores, wage, law_on(kAfter));
}
SizeClass old_law(Money ventas, int trabajadores, Money wage = k408) {
  return classify_size(ventas, trabajadores, wage, law_on(kBefore));
}

constexpr auto kMicro = Tamano::Micro;
constexpr auto kPequena = Tamano::Pequena;
constexpr auto kFuera = Tamano::FueraDeRango;
const SizeClass kSub{kMicro, CategoriaMicro::Subsistencia};
const SizeClass kAcu{kMicro, CategoriaMicro::Acumulacion};
const SizeClass kExp{kMicro, CategoriaMicro::Expansion};

TEST(SizeLaw, TheRowInForceOnADate) {
  ASSERT_EQ(kRules.laws.size(), 2u);
  const SizeLaw* old = size_law_in_force(kBefore, kRules.laws);
  ASSERT_TRUE(old);
  EXPECT_EQ(old->micro_salarios, 482);
  EXPECT_EQ(old->pequena_salarios, 4817);
  EXPECT_TRUE(old->categorias.empty());
  EXPECT_NE(old->norma.find("667"), std::string::npos);
  const SizeLaw* neu = size_law_in_force(kAfter, kRules.laws);
  EXPECT_EQ(neu, &kRules.laws[1]);
  EXPECT_EQ(neu->micro_salarios, 500);
  EXPECT_EQ(neu->pequena_salarios, 5000);
  EXPECT_EQ(neu->categorias.size(), 3u);
  // 15 March 2026 is the 2014 law's last day; the publication day is the reform's first.
  EXPECT_EQ(size_law_in_force(Date(2026, 3, 15), kRules.laws), old);
  EXPECT_EQ(size_law_in_force(Date(2026, 3, 16), kRules.laws), neu);
  // Any date before 2014 is classified by the first row.
  EXPECT_EQ(size_law_in_force(Date(2010, 1, 1), kRules.laws), old);
  EXPECT_EQ(size_law_in_force(Date(2030, 1, 1), kRules.laws), neu);
  // No rows: no law (and every size sin_datos).
  EXPECT_EQ(size_law_in_force(kAfter, {}), nullptr);
}

TEST(SizeLaw, BothSidesOf16March2026) {
  // $200,000 at $408.80 is 489 wages: above 2014's micro limit of 482,
  // within the reform's 500 (expansión above 300).
  const Money ventas = Money::from_cents(20'000'000);
  EXPECT_EQ(size_on(ventas, 6, Date(2026, 3, 15), kRules), (SizeClass{kPequena, std::nullopt}));
  EXPECT_EQ(size_on(ventas, 6, Date(2026, 3, 16), kRules), kExp);
  // 4,900 wages: over the 2014 pequeña limit (4,817), pequeña under the reform.
  const Money big = wages(4900, k408);
  EXPECT_EQ(size_on(big, 30, Date(2026, 3, 15), kRules).tamano, kFuera);
  EXPECT_EQ(size_on(big, 30, Date(2026, 3, 16), kRules).tamano, kPequena);
  // Categories exist only from the 16th.
  EXPECT_FALSE(size_on(wages(10, k408), 1, Date(2026, 3, 15), kRules).categoria);
  EXPECT_EQ(size_on(wages(10, k408), 1, Date(2026, 3, 16), kRules), kSub);
}

TEST(SizeLaw, ReformMicroCategoriesBySalesAt408) {
  EXPECT_EQ(reform(wages(57, k408), 2), kSub);      // "hasta 57" includes 57
  EXPECT_EQ(reform(wages(57, k408, 1), 2), kAcu);   // one cent above
  EXPECT_EQ(reform(wages(300, k408), 4), kAcu);
  EXPECT_EQ(reform(wages(300, k408, 1), 4), kExp);
  EXPECT_EQ(reform(wages(500, k408), 10), kExp);
  EXPECT_EQ(reform(wages(500, k408, 1), 10).tamano, kPequena);
  EXPECT_FALSE(reform(wages(500, k408, 1), 10).categoria);
  EXPECT_EQ(reform(wages(5000, k408), 50).tamano, kPequena);
  EXPECT_EQ(reform(wages(5000, k408, 1), 50).tamano, kFuera);
  // In dollars: 57 × $408.80 = $23,301.60; 500 × = $204,400.00; 5,000 × = $2,044,000.00.
  EXPECT_EQ(reform(Money::from_cents(2'330'160), 1), kSub);
  EXPECT_EQ(reform(Money::from_cents(20'440'000), 6), kExp);
  EXPECT_EQ(reform(Money::from_cents(204'400'000), 20).tamano, kPequena);
}

TEST(SizeLaw, ReformLimitsAt365) {
  EXPECT_EQ(reform(wages(57, k365), 0, k365), kSub);
  EXPECT_EQ(reform(wages(57, k365, 1), 3, k365), kAcu);
  EXPECT_EQ(reform(wages(300, k365), 3, k365), kAcu);
  EXPECT_EQ(reform(wages(300, k365, 1), 5, k365), kExp);
  EXPECT_EQ(reform(wages(500, k365), 10, k365), kExp);
  EXPECT_EQ(reform(wages(500, k365, 1), 11, k365).tamano, kPequena);
  EXPECT_EQ(reform(wages(5000, k365), 50, k365).tamano, kPequena);
  EXPECT_EQ(reform(wages(5000, k365, 1), 51, k365).tamano, kFuera);
}

TEST(SizeLaw, OldLawLimitsAt365And408) {
  for (const Money w : {k365, k408}) {
    EXPECT_EQ(old_law(wages(482, w), 10, w), (SizeClass{kMicro, std::nullopt}));
    EXPECT_EQ(old_law(wages(482, w, 1), 10, w).tamano, kPequena);
    EXPECT_EQ(old_law(wages(4817, w), 50, w).tamano, kPequena);
    EXPECT_EQ(old_law(wages(4817, w, 1), 50, w).tamano, kFuera);
    // Between the two laws' limits: pequeña before the reform, micro after.
    EXPECT_EQ(old_law(wages(490, w), 5, w).tamano, kPequena);
    EXPECT_EQ(reform(wages(490, w), 5, w), kExp);
    EXPECT_EQ(old_law(wages(4900, w), 30, w).tamano, kFuera);
    EXPECT_EQ(reform(wages(4900, w), 30, w).tamano, kPequena);
  }
}

TEST(SizeLaw, WorkersAtEveryLimitWhenSalesAgree) {
  // Sales inside each band; workers at 2/3, 4/5, 10/11, 50/51.
  EXPECT_EQ(reform(wages(10, k408), 2), kSub);
  EXPECT_EQ(reform(wages(100, k408), 3), kAcu);
  EXPECT_EQ(reform(wages(100, k408), 4), kAcu);
  EXPECT_EQ(reform(wages(400, k408), 5), kExp);
  EXPECT_EQ(reform(wages(400, k408), 10), kExp);
  EXPECT_EQ(reform(wages(1000, k408), 11).tamano, kPequena);
  EXPECT_EQ(reform(wages(1000, k408), 50).tamano, kPequena);
  EXPECT_EQ(reform(wages(6000, k408), 51).tamano, kFuera);
}

TEST(SizeLaw, SalesPrevailWhenWorkersPointElsewhere) {
  // Micro sales with pequeña staff, pequeña sales with micro staff: sales decide.
  EXPECT_EQ(reform(wages(57, k408), 11), kSub);
  EXPECT_EQ(reform(wages(300, k408), 2), kAcu);
  EXPECT_EQ(reform(wages(200, k408), 51), kAcu);
  EXPECT_EQ(reform(wages(501, k408), 3).tamano, kPequena);
  EXPECT_EQ(reform(wages(5001, k408), 10).tamano, kFuera);
  EXPECT_EQ(old_law(wages(100, k408), 11).tamano, kMicro);
  EXPECT_EQ(old_law(wages(500, k408), 3).tamano, kPequena);
}

TEST(SizeLaw, TheOtherTieBreakIsDataToo) {
  // If the decree turns out to take the larger size, the row changes, not the code.
  SizeLaw larger = law_on(kAfter);
  larger.desacuerdo = Desacuerdo::ElMayor;
  EXPECT_EQ(classify_size(wages(57, k408), 3, k408, larger), kAcu);
  EXPECT_EQ(classify_size(wages(57, k408), 5, k408, larger), kExp);
  EXPECT_EQ(classify_size(wages(57, k408), 11, k408, larger).tamano, kPequena);
  EXPECT_EQ(classify_size(wages(301, k408), 0, k408, larger), kExp);
  EXPECT_EQ(classify_size(wages(10, k408), 51, k408, larger).tamano, kFuera);
}

TEST(SizeLaw, SinDatosOnlyWhenNothingIsRecordedOrNoWageIsKnown) {
  EXPECT_EQ(reform(Money{}, 0).tamano, Tamano::SinDatos);
  EXPECT_FALSE(reform(Money{}, 0).categoria);
  EXPECT_EQ(reform(Money{}, 1), kSub);                  // staff but no sales yet
  EXPECT_EQ(reform(Money::from_cents(1), 0), kSub);     // sales, only the owner
  EXPECT_EQ(classify_size(wages(10, k408), 2, std::nullopt, law_on(kAfter)).tamano,
            Tamano::SinDatos);
  // Rules without a law or without a wage classify nothing.
  EXPECT_EQ(size_on(wages(10, k408), 2, kAfter, SizeRules{}).tamano, Tamano::SinDatos);
  EXPECT_EQ(size_on(wages(10, k408), 2, kAfter, SizeRules{kRules.laws, {}}).tamano,
            Tamano::SinDatos);
  EXPECT_EQ(size_on(wages(10, k408), 2, kAfter, SizeRules{{}, kRules.wages}).tamano,
            Tamano::SinDatos);
}

TEST(SizeLaw, DatedWagesAndLawTogether) {
  const SizeRules rows = kRules;
  // $180,000: 493 wages of $365 (pequeña under 2014), 440 of $408.80.
  const Money ventas = Money::from_cents(18'000'000);
  EXPECT_EQ(size_on(ventas, 5, Date(2025, 5, 31), rows).tamano, kPequena);  // $365, 482 limit
  EXPECT_EQ(size_on(ventas, 5, Date(2025, 6, 1), rows).tamano, kMicro);     // $408.80: 440
  EXPECT_FALSE(size_on(ventas, 5, kBefore, rows).categoria);
  EXPECT_EQ(size_on(ventas, 5, kAfter, rows), kExp);
  // Before the first row the first wage applies.
  EXPECT_EQ(wage_in_force(rows.wages, Date(2019, 1, 1)), k365);
  EXPECT_EQ(wage_in_force(rows.wages, Date(2025, 6, 1)), k408);
  EXPECT_FALSE(wage_in_force({}, kAfter));
}

TEST(SizeLaw, HugeAmountsDoNotOverflow) {
  const Money huge = Money::from_cents(INT64_MAX);
  EXPECT_EQ(reform(huge, 1, Money::from_cents(INT64_MAX / 2)).tamano, kMicro);
  EXPECT_EQ(reform(huge, 1).tamano, kFuera);
}

// The report counts enterprises by the intervals between these limits and
// classifies one member of each: every value of an interval must get the same
// size, under both laws, both tie-breaks, and with no wage known.
TEST(SizeLaw, EveryValueBetweenTheSameLimitsGetsTheSameSize) {
  SizeRules larger = kRules;
  for (auto& law : larger.laws) law.desacuerdo = Desacuerdo::ElMayor;
  const SizeRules no_wage{kRules.laws, {}};
  const SizeRules* const all[] = {&kRules, &larger, &no_wage};
  for (const SizeRules* rules : all) {
    for (const Date& on : {kBefore, kAfter}) {
      const SizeLimits limits = size_limits_on(on, *rules);
      ASSERT_TRUE(std::is_sorted(limits.ventas_centavos.begin(), limits.ventas_centavos.end()));
      ASSERT_EQ(limits.ventas_centavos.front(), 0);
      ASSERT_EQ(limits.trabajadores.front(), 0);
      const auto interval = [](const auto& bounds, auto value) {
        return std::lower_bound(bounds.begin(), bounds.end(), value) - bounds.begin();
      };
      // Each limit, one cent or worker on each side, and values far past them.
      std::vector<std::int64_t> sales{1, 250'000'000'000};
      for (const auto l : limits.ventas_centavos)
        for (const std::int64_t d : {-1, 0, 1})
          if (l < std::numeric_limits<std::int64_t>::max() && l + d >= 0) sales.push_back(l + d);
      std::vector<int> workers{1, 500};
      for (const auto l : limits.trabajadores)
        for (const int d : {-1, 0, 1})
          if (l + d >= 0) workers.push_back(l + d);
      std::map<std::pair<std::ptrdiff_t, std::ptrdiff_t>, SizeClass> seen;
      for (const auto v : sales)
        for (const auto w : workers) {
          const SizeClass size = size_on(Money::from_cents(v), w, on, *rules);
          const auto key = std::make_pair(interval(limits.ventas_centavos, v),
                                          interval(limits.trabajadores, w));
          const auto [it, first] = seen.emplace(key, size);
          EXPECT_EQ(it->second, size) << v << " centavos, " << w << " trabajadores, " << to_iso(on);
        }
      if (rules != &no_wage) {
        EXPECT_GE(seen.size(), 9u);
      }
    }
  }
}

TEST(SizeLaw, CodesAndLabels) {
  EXPECT_EQ(tamano_code(Tamano::Micro), "micro");
  EXPECT_EQ(tamano_code(Tamano::Pequena), "pequena");
  EXPECT_EQ(tamano_code(Tamano::FueraDeRango), "fuera_de_rango");
  EXPECT_EQ(tamano_code(Tamano::SinDatos), "sin_datos");
  EXPECT_EQ(code_of(CategoriaMicro::Acumulacion), "acumulacion");
  EXPECT_EQ(size_label(kAcu), "Micro (acumulación)");
  EXPECT_EQ(size_label({kMicro, std::nullopt}), "Micro");
  EXPECT_EQ(size_label({kPequena, std::nullopt}), "Pequeña");
  EXPECT_EQ(size_label({}), "Sin datos");
}

TEST(MinimumWageRows, ANewRowStartsAfterTheLastOneAndIsPositive) {
  const std::vector<MinimumWage> rows{{1, Date(2021, 8, 1), k365, ""},
                                      {2, Date(2025, 6, 1), k408, ""}};
  EXPECT_TRUE(validate_new_wage({0, Date(2026, 6, 1), Money::from_cents(42'500), ""}, rows).empty());
  const auto same_day = validate_new_wage({0, Date(2025, 6, 1), k408, ""}, rows);
  ASSERT_EQ(same_day.size(), 1u);
  EXPECT_NE(same_day[0].find("01/06/2025"), std::string::npos);
  EXPECT_EQ(validate_new_wage({0, Date(2024, 1, 1), k408, ""}, rows).size(), 1u);
  EXPECT_EQ(validate_new_wage({0, Date(2026, 6, 1), Money{}, ""}, rows).size(), 1u);
  EXPECT_EQ(validate_new_wage({0, Date(), k408, ""}, rows).size(), 1u);
}

}  // namespace
}  // namespace cdmype
