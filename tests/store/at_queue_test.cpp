// The approval queue: order by priority score with configurable weights, and why each scored so.
#include <gtest/gtest.h>

#include "at_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class AtQueueTest : public AtTest {};

TEST_F(AtQueueTest, PendingRequestsComeByPriorityWithTheirReasons) {
  const auto rural_woman =
      ws->enterprises().create(asesor1, enterprise("Añil Citalá", "Lucía Peña"));
  const auto urban_man = hombre_urbano();
  const auto urban_woman = mujer_urbana();
  // The urban woman's request waits longest; the others arrive 12 days later.
  const auto old = request(urban_woman, "500.00");
  clock.advance_days(12);
  const auto man = request(urban_man, "500.00");
  const auto rural = request(rural_woman, "500.00");
  const auto draft = ws->assistances().draft(asesor1, draft_for(urban_man, "100.00"));

  const auto q = ws->assistances().queue(consulta);
  ASSERT_EQ(q.size(), 3u) << "los borradores no esperan decisión";
  EXPECT_EQ(q[0].at.codigo, rural.codigo);
  EXPECT_EQ(q[0].scored.score, 65);
  EXPECT_EQ(q[0].scored.explanation, "mujer +30, rural +20, primera AT del año +15");
  EXPECT_EQ(q[0].empresa_nombre, "Añil Citalá");
  EXPECT_EQ(q[1].at.codigo, old.codigo);
  EXPECT_EQ(q[1].scored.explanation, "mujer +30, primera AT del año +15, espera 12 días +12");
  EXPECT_EQ(q[1].scored.score, 57);
  EXPECT_EQ(q[2].at.codigo, man.codigo);
  EXPECT_EQ(q[2].scored.explanation, "primera AT del año +15");
  (void)draft;
}

TEST_F(AtQueueTest, AnEnterpriseWithAnApprovalThisYearLosesTheFirstAtPoints) {
  const auto e = hombre_urbano();
  ws->assistances().approve(directora, request(e, "300.00").codigo);
  const auto second = request(e, "300.00");
  const auto q = ws->assistances().queue(directora);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].at.codigo, second.codigo);
  EXPECT_EQ(q[0].scored.explanation, "sin puntos de prioridad");
}

TEST_F(AtQueueTest, TheDirectorChangesTheWeightsAndTheOrderFollows) {
  const auto woman = request(mujer_urbana(), "100.00");
  const auto rural = request(hombre_rural(), "100.00");
  ASSERT_EQ(ws->assistances().queue(directora)[0].at.codigo, woman.codigo);  // 45 against 35
  PriorityWeights w = ws->policies().weights(consulta);
  EXPECT_EQ(w, PriorityWeights{}) << "los valores de la migración son los de core";
  w.rural = 40;
  w.max_dias_espera = 30;
  EXPECT_THROW(ws->policies().set_weights(asesor1, w), PermissionDenied);
  ws->policies().set_weights(directora, w);
  EXPECT_EQ(ws->policies().weights(consulta), w);
  const auto q = ws->assistances().queue(directora);
  EXPECT_EQ(q[0].at.codigo, rural.codigo);
  EXPECT_EQ(q[0].scored.explanation, "rural +40, primera AT del año +15");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'setting' AND "
                   "after_json LIKE '%prioridad_%'"),
            2);
  w.max_dias_espera.reset();
  ws->policies().set_weights(directora, w);
  EXPECT_EQ(ws->policies().weights(consulta).max_dias_espera, std::nullopt);
  w.mujer = 5000;
  EXPECT_THROW(ws->policies().set_weights(directora, w), ValidationFailed);
}

}  // namespace
}  // namespace cdmype::testing_support
