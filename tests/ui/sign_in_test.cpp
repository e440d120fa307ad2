// The sign-in dialog: Spanish errors under the fields, lockout after five failures, success.
#include <wx/textctrl.h>

#include "services/workspace.hpp"
#include "ui/change_password_dialog.hpp"
#include "ui/sign_in_dialog.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class SignInTest : public UiTest {};

TEST_F(SignInTest, WrongPasswordIsExplainedInSpanishAndCorrectOneSignsIn) {
  auto ws = services::Workspace::open(source);
  ui::SignInDialog dialog(nullptr, ws, wxString::FromUTF8("CDMYPE Chalatenango"));
  dialog.Show();
  dialog.username()->SetValue(wxString::FromUTF8("directora"));
  dialog.password()->SetValue(wxString::FromUTF8("equivocada-123"));
  EXPECT_FALSE(dialog.try_sign_in());
  EXPECT_NE(dialog.error_text().utf8_string().find("contraseña incorrectos"), std::string::npos)
      << dialog.error_text().utf8_string();
  EXPECT_TRUE(dialog.password()->GetValue().empty());
  screenshot(&dialog, "03-entrar-error");

  dialog.password()->SetValue(wxString::FromUTF8(kPassword));
  ASSERT_TRUE(dialog.try_sign_in());
  EXPECT_EQ(dialog.actor()->role, Role::Director);
}

TEST_F(SignInTest, FiveFailuresLockTheAccount) {
  auto ws = services::Workspace::open(source);
  ui::SignInDialog dialog(nullptr, ws, wxString::FromUTF8("CDMYPE Chalatenango"));
  dialog.username()->SetValue(wxString::FromUTF8("asesor1"));
  for (int i = 0; i < 5; ++i) {
    dialog.password()->SetValue(wxString::FromUTF8("no-es-la-clave"));
    EXPECT_FALSE(dialog.try_sign_in());
  }
  dialog.password()->SetValue(wxString::FromUTF8(kPassword));
  EXPECT_FALSE(dialog.try_sign_in());
  EXPECT_NE(dialog.error_text().utf8_string().find("bloqueada"), std::string::npos)
      << dialog.error_text().utf8_string();
}

}  // namespace
}  // namespace cdmype::testing_support

namespace cdmype::testing_support {
namespace {

TEST_F(SignInTest, AnAdminSetPasswordMustBeReplaced) {
  auto ws = services::Workspace::open(source);
  ws.users().reset_password(accounts.admin, "asesor1", "temporal-2026-x");
  const Actor asesor = ws.auth().sign_in("asesor1", "temporal-2026-x");
  ASSERT_TRUE(ws.auth().must_change_password(asesor));
  ui::ChangePasswordDialog dialog(nullptr, ws, asesor, wxString::FromUTF8("Elija su contraseña."));
  dialog.current()->SetValue(wxString::FromUTF8("temporal-2026-x"));
  dialog.replacement()->SetValue(wxString::FromUTF8("corta"));
  dialog.repeat()->SetValue(wxString::FromUTF8("corta"));
  EXPECT_FALSE(dialog.try_change());
  EXPECT_NE(dialog.error_text().utf8_string().find("10"), std::string::npos)
      << dialog.error_text().utf8_string();
  dialog.replacement()->SetValue(wxString::FromUTF8("mi-clave-propia-2026"));
  dialog.repeat()->SetValue(wxString::FromUTF8("mi-clave-propia-2026"));
  ASSERT_TRUE(dialog.try_change());
  EXPECT_FALSE(ws.auth().must_change_password(asesor));
  EXPECT_EQ(ws.auth().sign_in("asesor1", "mi-clave-propia-2026").role, Role::Asesor);
}

}  // namespace
}  // namespace cdmype::testing_support
