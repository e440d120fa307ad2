// The shared test recipe "a center with its accounts": what it makes is what the fixtures rely on.
#include "support/center_setup.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

TEST(CenterSetup, MakesTheAdminThenTheAccountsInOrderAllSignedInWithOnePassword) {
  TempDir dir;
  FakeClock clock;
  auto ws = services::Workspace::create(dir / "centro.db", clock.clock());
  CenterSpec spec;
  spec.center_name = "CDMYPE Citalá";
  spec.paper_size = "A4";
  spec.password = kPassword;
  spec.accounts = {kDirectora, {"vpena", "Ventanilla Peña", Role::Ventanilla}};
  const CenterActors made = create_center(ws, spec);

  EXPECT_EQ(made.admin.role, Role::Admin);
  ASSERT_EQ(made.accounts.size(), 2u);
  EXPECT_EQ(made.at("directora").role, Role::Director);
  EXPECT_EQ(made.at("vpena").user_id, made.accounts[1].user_id);
  EXPECT_EQ(made.at("admin").user_id, made.admin.user_id);
  EXPECT_THROW(made.at("asesor1"), std::out_of_range);

  const auto settings = ws.center().settings();
  EXPECT_EQ(settings.center_name, "CDMYPE Citalá");
  EXPECT_EQ(settings.prefix, "CH");
  EXPECT_EQ(settings.departamento, "Chalatenango");
  EXPECT_EQ(settings.paper_size, "A4");
  EXPECT_EQ(ws.auth().sign_in("vpena", kPassword).user_id, made.accounts[1].user_id);
  const auto user = ws.users().find(made.admin, "directora");
  ASSERT_TRUE(user.has_value());
  EXPECT_EQ(user->full_name, "María José Peña");
  EXPECT_FALSE(user->must_change_password);
}

}  // namespace
}  // namespace cdmype::testing_support
