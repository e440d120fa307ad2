// Approval queue: scores with their Spanish explanation and the order of pending requests.
#include "core/priority_score.hpp"

#include <gtest/gtest.h>

namespace cdmype {
namespace {

const Date kToday(2026, 3, 20);

PendingAt pending(std::string codigo, Date requested) {
  PendingAt p;
  p.at_id = 1;
  p.codigo = std::move(codigo);
  p.fecha_solicitud = requested;
  return p;
}

TEST(PriorityScore, ExplainsEveryPointInTheIssuesWords) {
  auto p = pending("CH-AT-2026-0001", Date(2026, 3, 8));
  p.facts.liderada_por_mujer = true;
  p.facts.rural = true;
  const auto s = score_at(p, PriorityWeights{}, kToday);
  EXPECT_EQ(s.score, 62);
  EXPECT_EQ(s.explanation, "mujer +30, rural +20, espera 12 días +12");
  ASSERT_EQ(s.parts.size(), 3u);
  EXPECT_EQ(s.parts[2].label, "espera 12 días");
}

TEST(PriorityScore, EveryCriterionWithDefaultWeights) {
  auto p = pending("CH-AT-2026-0002", Date(2026, 3, 19));
  p.facts = {true, true, true, true, true, true, Tamano::SinDatos, std::nullopt};
  p.primera_at_del_anio = true;
  const auto s = score_at(p, PriorityWeights{}, kToday);
  EXPECT_EQ(s.score, 30 + 20 + 15 + 10 + 10 + 15 + 1);
  EXPECT_EQ(s.explanation,
            "mujer +30, rural +20, asociativa +15, joven +10, retornado +10, "
            "primera AT del año +15, espera 1 día +1");
  // Disability is not a queue criterion.
  EXPECT_EQ(s.explanation.find("discapacidad"), std::string::npos);
}

TEST(PriorityScore, NothingToScoreSaysSo) {
  const auto s = score_at(pending("CH-AT-2026-0003", kToday), PriorityWeights{}, kToday);
  EXPECT_EQ(s.score, 0);
  EXPECT_TRUE(s.parts.empty());
  EXPECT_EQ(s.explanation, "sin puntos de prioridad");
}

TEST(PriorityScore, WeightsAreConfigurableAndWaitingCanBeCapped) {
  PriorityWeights w;
  w.rural = 0;  // a zero weight drops out of the explanation
  w.mujer = 50;
  w.por_dia_espera = 2;
  w.max_dias_espera = 10;
  auto p = pending("CH-AT-2026-0004", Date(2026, 2, 18));  // 30 days
  p.facts.liderada_por_mujer = p.facts.rural = true;
  const auto s = score_at(p, w, kToday);
  EXPECT_EQ(s.score, 50 + 20);
  EXPECT_EQ(s.explanation, "mujer +50, espera 30 días +20");
  EXPECT_TRUE(validate(w).empty());
  w.joven = -1;
  w.max_dias_espera = -3;
  const auto problems = validate(w);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "peso de joven: debe estar entre 0 y 1000 (es -1).");
}

TEST(PriorityScore, QueueOrdersByScoreThenOlderRequestThenCodigo) {
  auto woman = pending("CH-AT-2026-0010", Date(2026, 3, 18));  // 30 + 2
  woman.facts.liderada_por_mujer = true;
  auto old = pending("CH-AT-2026-0011", Date(2026, 1, 19));    // 60 days
  auto tie_b = pending("CH-AT-2026-0013", Date(2026, 3, 10));  // rural 20 + 10 days
  tie_b.facts.rural = true;
  auto tie_a = pending("CH-AT-2026-0012", Date(2026, 3, 10));
  tie_a.facts.rural = true;
  auto young = pending("CH-AT-2026-0009", Date(2026, 3, 8));  // rural 20 + joven 10 + 12
  young.facts.joven = true;
  young.facts.rural = true;

  const auto ranked = rank_queue({woman, tie_b, old, tie_a, young}, PriorityWeights{}, kToday);
  ASSERT_EQ(ranked.size(), 5u);
  EXPECT_EQ(ranked[0].item.codigo, "CH-AT-2026-0011");  // 60
  EXPECT_EQ(ranked[1].item.codigo, "CH-AT-2026-0009");  // 42
  EXPECT_EQ(ranked[2].item.codigo, "CH-AT-2026-0010");  // 32, requested 18/03
  EXPECT_EQ(ranked[3].item.codigo, "CH-AT-2026-0012");  // 30, 10/03, lower código
  EXPECT_EQ(ranked[4].item.codigo, "CH-AT-2026-0013");  // 30, 10/03
  EXPECT_EQ(ranked[0].explanation, "espera 60 días +60");
}

TEST(PriorityScore, EqualScoresGoToTheOlderRequestFirst) {
  auto a = pending("CH-AT-2026-0001", Date(2026, 3, 15));  // 5 days
  a.facts.asociativa = true;                               // 15 → 20
  auto b = pending("CH-AT-2026-0002", Date(2026, 3, 10));  // 10 days
  b.facts.joven = true;                                    // 10 → 20
  const auto ranked = rank_queue({a, b}, PriorityWeights{}, kToday);
  EXPECT_EQ(ranked[0].score, ranked[1].score);
  EXPECT_EQ(ranked[0].item.codigo, "CH-AT-2026-0002");
}

}  // namespace
}  // namespace cdmype
