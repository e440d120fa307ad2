// «Olvidar a la persona…» in the file editor: a director gives the reason, answers twice, and the
// file shows «Persona olvidada»; «No» at either question changes nothing; an asesor has no button.
#include <wx/button.h>
#include <wx/textctrl.h>

#include "support/center_setup.hpp"
#include "ui/confirm_question.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_titular_page.hpp"
#include "ui/main_frame.hpp"
#include "ui/reason_dialog.hpp"
#include "at_ui_support.hpp"

namespace cdmype::testing_support {
namespace {

const std::string kDui = "03456789-8";

class ForgetPersonTest : public UiTest {
 protected:
  std::int64_t her_file(ui::MainFrame* f) {
    auto& ctx = f->context();
    Enterprise e = *ctx.ws().enterprises().get(ctx.actor, 1);
    e.titular.nombre = "Rosalinda Quintanilla Ñandú";
    e.titular.dui = kDui;
    return ctx.ws().enterprises().update(ctx.actor, e).meta.id;
  }
  // Opens the reason dialog from the button and writes the reason in it.
  ::testing::AssertionResult forget_with(ui::EnterpriseDialog& dialog) {
    return drive_modal([&] { click(dialog.forget_button()); },
                       {[&] {
                         auto* d = find_shown<ui::ReasonDialog>();
                         ASSERT_NE(d, nullptr);
                         EXPECT_FALSE(d->ok_button()->IsEnabled());
                         d->text()->SetValue(wxString::FromUTF8("Solicitud de cancelación n.º 3"));
                         screenshot(d, "90-olvido-motivo", false);
                         press_enter(d->text());
                       }});
  }
};

TEST_F(ForgetPersonTest, ADirectorForgetsTheTitularAfterTwoQuestions) {
  auto* f = open_main_frame(&accounts.directora);
  const auto id = her_file(f);
  ui::EnterpriseDialog dialog(f, f->context(), id);
  dialog.Show();
  ASSERT_NE(dialog.forget_button(), nullptr);
  screenshot(&dialog, "89-expediente-olvidar");

  std::vector<std::string> asked;
  std::vector<bool> answers = {true, false};  // Sí to the first, No to the second
  ui::set_question_presenter([&](wxWindow*, const wxString& q) {
    asked.push_back(q.utf8_string());
    const bool a = asked.size() <= answers.size() ? answers[asked.size() - 1] : true;
    return a;
  });
  ASSERT_TRUE(forget_with(dialog));
  ASSERT_EQ(asked.size(), 2u);
  EXPECT_NE(asked[0].find("¿Olvidar a Rosalinda Quintanilla Ñandú (DUI 03456789-8)?"),
            std::string::npos)
      << asked[0];
  EXPECT_NE(asked[1].find("copias de seguridad diarias"), std::string::npos) << asked[1];
  auto& ctx = f->context();
  EXPECT_EQ(ctx.ws().enterprises().get(ctx.actor, id)->titular.dui, kDui) << "No: nothing changed";

  asked.clear();
  answers = {true, true};
  ASSERT_TRUE(forget_with(dialog));
  ui::set_question_presenter({});
  ASSERT_EQ(asked.size(), 3u);  // two questions and the outcome
  EXPECT_NE(asked[2].find("Persona olvidada en 1 expediente(s)"), std::string::npos) << asked[2];
  const auto now = *ctx.ws().enterprises().get(ctx.actor, id);
  EXPECT_EQ(now.titular.nombre, "Persona olvidada");
  EXPECT_EQ(now.titular.dui, "");
  EXPECT_EQ(dialog.titular_page()->nombre()->GetValue().utf8_string(), "Persona olvidada");
  EXPECT_FALSE(dialog.forget_button()->IsEnabled());
  screenshot(&dialog, "91-expediente-olvidado");
}

TEST_F(ForgetPersonTest, AnAsesorHasNoForgetButton) {
  auto* f = open_main_frame(&accounts.asesor);
  ui::EnterpriseDialog dialog(f, f->context(), 1);
  EXPECT_EQ(dialog.forget_button(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
