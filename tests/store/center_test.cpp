// Setting up a center: first account, settings, refusals; settings changes need ManageSettings.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

services::CenterInit chalatenango(Role role = Role::Admin) {
  services::CenterInit init;
  init.center_name = "CDMYPE Chalatenango";
  init.prefix = "ch";
  init.operator_name = "Asociación de Municipios Cayaguanca";
  init.departamento = "chalatenango";
  init.username = "directora";
  init.full_name = "María José Peña";
  init.password = kPassword;
  init.role = role;
  return init;
}

TEST(Center, InitializeCreatesTheFirstAccountAndSettings) {
  TempDir dir;
  FakeClock clock;
  auto ws = services::Workspace::create(dir / "nuevo.db", clock.clock());
  EXPECT_FALSE(ws.center().initialized());
  const Actor first = ws.center().initialize(chalatenango(Role::Director));
  EXPECT_EQ(first.role, Role::Director);
  EXPECT_TRUE(ws.center().initialized());
  const auto s = ws.center().settings();
  EXPECT_EQ(s.center_name, "CDMYPE Chalatenango");
  EXPECT_EQ(s.prefix, "CH");
  EXPECT_EQ(s.departamento, "Chalatenango");
  EXPECT_EQ(s.paper_size, "Letter");
  EXPECT_EQ(ws.auth().sign_in("directora", kPassword).user_id, first.user_id);
  const auto audit = ws.maintenance().history(first, store::kAuditUser, first.user_id);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].username, "sistema");
  EXPECT_EQ(file_mode(dir / "nuevo.db"), 0600);
}

TEST(Center, InitializeTwiceIsRefused) {
  TempDir dir;
  auto ws = services::Workspace::create(dir / "nuevo.db");
  ws.center().initialize(chalatenango());
  auto again = chalatenango();
  again.username = "otra";
  EXPECT_THROW(ws.center().initialize(again), UserError);
}

TEST(Center, InvalidSetupListsEveryProblem) {
  TempDir dir;
  auto ws = services::Workspace::create(dir / "nuevo.db");
  auto init = chalatenango();
  init.prefix = "C-H";
  init.password = "";  // services refuse only an empty one (core password_unusable)
  init.departamento = "Atlántida";
  try {
    ws.center().initialize(init);
    FAIL() << "se esperaba ValidationFailed";
  } catch (const ValidationFailed& e) {
    EXPECT_EQ(e.problems().size(), 3u);
  }
  EXPECT_FALSE(ws.center().initialized());
}

using CenterSettingsTest = StoreTest;

TEST_F(CenterSettingsTest, SettingsChangeNeedsManageSettingsAndIsAudited) {
  auto s = ws->center().settings();
  s.paper_size = "A4";
  EXPECT_THROW(ws->center().update_settings(directora, s), PermissionDenied);
  ws->center().update_settings(admin, s);
  const auto stored = ws->center().settings();
  EXPECT_EQ(stored.paper_size, "A4");
  EXPECT_EQ(
      scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'setting' AND username = 'admin'"),
      1);
  s.paper_size = "Oficio";
  EXPECT_THROW(ws->center().update_settings(admin, s), ValidationFailed);
}

TEST_F(CenterSettingsTest, TheNumberFormatIsTheDirectorsOrAdminsAndAudited) {
  EXPECT_EQ(ws->center().settings().number_format, NumberFormat::ElSalvador);  // the default
  EXPECT_THROW(ws->center().set_number_format(asesor1, NumberFormat::ComaDecimal),
               PermissionDenied);
  ws->center().set_number_format(directora, NumberFormat::ComaDecimal);
  EXPECT_EQ(ws->center().settings().number_format, NumberFormat::ComaDecimal);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM setting WHERE key = 'formato_numeros' AND "
                   "value = 'coma_decimal'"),
            1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'setting' AND "
                   "username = 'directora'"),
            1);
  ws->center().set_number_format(admin, NumberFormat::ElSalvador);
  EXPECT_EQ(ws->center().settings().number_format, NumberFormat::ElSalvador);
  // Saving the other settings keeps the format chosen.
  ws->center().set_number_format(admin, NumberFormat::ComaDecimal);
  auto s = ws->center().settings();
  s.paper_size = "A4";
  ws->center().update_settings(admin, s);
  EXPECT_EQ(ws->center().settings().number_format, NumberFormat::ComaDecimal);
}

}  // namespace
}  // namespace cdmype::testing_support
