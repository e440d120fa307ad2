// Retention review (Decreto Legislativo 144): closed or graduated files without activity for the
// center's retention years are listed until forgotten or kept with a reason.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class RetentionReviewTest : public StoreTest {
 protected:
  Enterprise file(const std::string& nombre, EstadoEmpresa estado, const char* ingreso) {
    auto e = enterprise(nombre, "Titular " + nombre, Sexo::Mujer, "");
    e.fecha_ingreso = *parse_iso_date(ingreso);
    auto stored = ws->enterprises().create(asesor1, e);
    stored.estado = estado;
    return ws->enterprises().update(directora, stored);
  }
  std::vector<std::string> listed() {
    std::vector<std::string> out;
    for (const auto& c : ws->persons().retention_review(directora)) out.push_back(c.nombre);
    return out;
  }
};

TEST_F(RetentionReviewTest, OldClosedFilesAreListedUntilKeptAndTheYearsAreASetting) {
  file("Cerrada Peña", EstadoEmpresa::Cerrada, "2019-02-01");
  file("Graduada Niño", EstadoEmpresa::Graduada, "2018-06-15");
  file("Activa Citalá", EstadoEmpresa::Activa, "2015-01-10");  // still served
  const auto recent = file("Cerrada reciente", EstadoEmpresa::Cerrada, "2019-03-01");
  auto s = session_for(recent.meta.id, asesor1);
  s.fecha = ws->context().today();
  ws->sessions().log(asesor1, s);  // activity this year

  const auto names = listed();
  ASSERT_EQ(names.size(), 2u);
  EXPECT_NE(std::find(names.begin(), names.end(), "Cerrada Peña"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Graduada Niño"), names.end());

  EXPECT_THROW(ws->persons().retention_review(asesor1), PermissionDenied);
  const auto candidates = ws->persons().retention_review(directora);
  const std::string codigo = candidates.front().codigo;
  EXPECT_THROW(ws->persons().keep_file(directora, codigo, " "), UserError);
  ws->persons().keep_file(directora, codigo, "Auditoría de CONAMYPE pendiente");
  EXPECT_EQ(listed().size(), 1u);

  EXPECT_THROW(ws->persons().set_retention_years(directora, 0), UserError);
  ws->persons().set_retention_years(directora, 20);
  EXPECT_TRUE(listed().empty());
  EXPECT_EQ(ws->maintenance().check(admin), std::vector<std::string>{});
}

}  // namespace
}  // namespace cdmype::testing_support
