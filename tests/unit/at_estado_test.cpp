// AT state codes: the exact codes of product.md §2, display names and parsing.
#include "core/at_estado.hpp"

#include <gtest/gtest.h>

namespace cdmype {
namespace {

TEST(AtEstado, CodesAreExactlyThoseOfTheSpecInLifeCycleOrder) {
  EXPECT_EQ(list_codes<AtEstado>(),
            "borrador, solicitada, aprobada, rechazada, contratada, en_ejecucion, finalizada, "
            "liquidada, cancelada");
  EXPECT_EQ(code_of(AtEstado::EnEjecucion), "en_ejecucion");
  EXPECT_EQ(display_of(AtEstado::EnEjecucion), "En ejecución");
  EXPECT_EQ(at_estado_label(AtEstado::EnEjecucion), "en ejecución");
}

TEST(AtEstado, ParsesCodesAndDisplayNamesIgnoringCaseAndAccents) {
  for (const auto& e : code_table<AtEstado>()) {
    EXPECT_EQ(parse_code<AtEstado>(e.code), e.value) << e.code;
    EXPECT_EQ(parse_code<AtEstado>(e.display), e.value) << e.display;
  }
  EXPECT_EQ(parse_code<AtEstado>("EN EJECUCION"), AtEstado::EnEjecucion);
  EXPECT_EQ(parse_code<AtEstado>(" Liquidada "), AtEstado::Liquidada);
  EXPECT_FALSE(parse_code<AtEstado>("pagada"));
  EXPECT_FALSE(parse_code<AtEstado>(""));
}

TEST(AtEstado, OnlyApprovedAndLaterStatesCommitTheBudget) {
  for (const auto& e : code_table<AtEstado>()) {
    const bool expected = e.value == AtEstado::Aprobada || e.value == AtEstado::Contratada ||
                          e.value == AtEstado::EnEjecucion || e.value == AtEstado::Finalizada ||
                          e.value == AtEstado::Liquidada;
    EXPECT_EQ(at_commits_budget(e.value), expected) << e.code;
  }
  EXPECT_TRUE(at_is_pending(AtEstado::Solicitada));
  EXPECT_FALSE(at_is_pending(AtEstado::Borrador));
  EXPECT_TRUE(at_is_closed(AtEstado::Rechazada));
  EXPECT_FALSE(at_is_closed(AtEstado::Finalizada));
}

}  // namespace
}  // namespace cdmype
