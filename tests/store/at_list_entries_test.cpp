// The Asistencia técnica screen's list: every AT with its enterprise in one query, the same rows
// and order as list(), filtered the same way.
#include <gtest/gtest.h>

#include "at_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using AtListEntriesTest = AtTest;

TEST_F(AtListEntriesTest, EachAtComesWithItsEnterpriseInListOrder) {
  const auto pena = mujer_urbana();
  const auto nino = hombre_urbano();
  request(pena, "1005.05");
  const auto second = request(nino, "800.00");
  request(pena, "250.00");
  step(directora, second, AtAction::Approve);

  const auto all = ws->assistances().list(directora);
  const auto entries = ws->assistances().list_entries(directora);
  ASSERT_EQ(entries.size(), all.size());
  ASSERT_EQ(entries.size(), 3u);
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(entries[i].at.codigo, all[i].codigo);
    EXPECT_EQ(entries[i].at.costo_total, all[i].costo_total);
    const auto detail = ws->assistances().detail(directora, all[i].codigo);
    EXPECT_EQ(entries[i].empresa_codigo, detail->empresa_codigo);
    EXPECT_EQ(entries[i].empresa_nombre, detail->empresa_nombre);
  }
  EXPECT_EQ(entries[1].empresa_nombre, "Taller Niño");
  ASSERT_TRUE(entries[1].at.subsidio);

  store::AtFilter aprobadas;
  aprobadas.estado = AtEstado::Aprobada;
  const auto approved = ws->assistances().list_entries(directora, aprobadas);
  ASSERT_EQ(approved.size(), 1u);
  EXPECT_EQ(approved[0].at.codigo, second.codigo);
  store::AtFilter of_pena;
  of_pena.enterprise_id = pena.meta.id;
  EXPECT_EQ(ws->assistances().list_entries(directora, of_pena).size(), 2u);
}

}  // namespace
}  // namespace cdmype::testing_support
