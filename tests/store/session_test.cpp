// Advisory sessions: logging, the 30-day edit window, director amendments with audit, permissions.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class SessionTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    empresa = create("Café Citalá", "Rosa Peña");
  }
  Enterprise empresa;
};

TEST_F(SessionTest, LogStoresTheSessionWithItsAuthor) {
  auto s = session_for(empresa.meta.id, asesor1);
  s.asesor_id = 0;  // defaults to whoever logs it
  const auto stored = ws->sessions().log(asesor1, s);
  EXPECT_EQ(stored.asesor_id, asesor1.user_id);
  EXPECT_EQ(stored.meta.version, 1);
  const auto list = ws->sessions().by_enterprise(consulta, empresa.meta.id);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].tema, "Costos de producción del café de altura");
  EXPECT_EQ(ws->sessions().by_asesor_month(consulta, asesor1.user_id, {2026, 10}).size(), 1u);
  EXPECT_TRUE(ws->sessions().by_asesor_month(consulta, asesor1.user_id, {2026, 9}).empty());
}

TEST_F(SessionTest, AsesorCannotLogForSomeoneElseButTheDirectorCan) {
  EXPECT_THROW(ws->sessions().log(asesor1, session_for(empresa.meta.id, asesor2)),
               PermissionDenied);
  EXPECT_NO_THROW(ws->sessions().log(directora, session_for(empresa.meta.id, asesor2)));
  EXPECT_THROW(ws->sessions().log(consulta, session_for(empresa.meta.id, consulta)),
               PermissionDenied);
}

TEST_F(SessionTest, SessionForAMissingEnterpriseIsRefused) {
  EXPECT_THROW(ws->sessions().log(asesor1, session_for(9999, asesor1)), ValidationFailed);
}

TEST_F(SessionTest, ASessionAfterTheClocksTodayIsRefusedWithBothDates) {
  auto s = session_for(empresa.meta.id, asesor1);
  s.fecha = Date(2026, 10, 16);  // the clock says 15/10/2026
  try {
    ws->sessions().log(asesor1, s);
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& e) {
    EXPECT_EQ(e.problems(), (std::vector<std::string>{"fecha: la sesión tiene fecha 16/10/2026, "
                                                      "posterior a hoy (15/10/2026)"}));
  }
  clock.advance_days(1);
  EXPECT_NO_THROW(ws->sessions().log(asesor1, s));
  // The next step may be planned ahead.
  s.proximo_paso = "Visita a la feria de Ñandú";
  s.fecha_proximo_paso = Date(2027, 1, 20);
  EXPECT_NO_THROW(ws->sessions().log(asesor1, s));
}

TEST_F(SessionTest, AuthorEditsWithinThirtyDays) {
  auto s = ws->sessions().log(asesor1, session_for(empresa.meta.id, asesor1));
  clock.advance_days(30);
  s.acuerdos = "Llevar registro de gastos y ventas";
  const auto updated = ws->sessions().update(asesor1, s);
  EXPECT_EQ(updated.meta.version, 2);
  EXPECT_THROW(ws->sessions().update(asesor2, updated), PermissionDenied);  // not the author
}

TEST_F(SessionTest, AfterThirtyDaysOnlyTheDirectorAmendsAndItIsAudited) {
  auto s = ws->sessions().log(asesor1, session_for(empresa.meta.id, asesor1));
  clock.advance_days(40);
  s.duracion_min = 120;
  EXPECT_FALSE(ws->sessions().may_edit(asesor1, s));
  EXPECT_TRUE(ws->sessions().may_edit(directora, s));
  try {
    ws->sessions().update(asesor1, s);
    FAIL() << "se esperaba PermissionDenied";
  } catch (const PermissionDenied& e) {
    EXPECT_EQ(std::string(e.what()),
              "La sesión se registró el 15/10/2026 y quedó cerrada a los 30 días; solo la "
              "dirección puede modificarla.");
  }
  EXPECT_EQ(ws->sessions().get(asesor1, s.meta.id)->duracion_min, 90);
  const auto amended = ws->sessions().update(directora, s);
  EXPECT_EQ(amended.duracion_min, 120);
  const auto history = ws->maintenance().history(directora, store::kAuditSession, s.meta.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].operation, "update");
  EXPECT_EQ(history[1].username, "directora");
  EXPECT_NE(history[1].before_json->find("\"duracion_min\":90"), std::string::npos);
  EXPECT_NE(history[1].after_json->find("\"duracion_min\":120"), std::string::npos);
}

TEST_F(SessionTest, StaleSessionIsRefused) {
  auto s = ws->sessions().log(asesor1, session_for(empresa.meta.id, asesor1));
  auto other = s;
  other.tema = "Inventario";
  ws->sessions().update(asesor1, other);
  s.tema = "Precios";
  EXPECT_THROW(ws->sessions().update(asesor1, s), StaleRecord);
}

}  // namespace
}  // namespace cdmype::testing_support
