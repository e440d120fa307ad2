// The Sesiones screen: find the enterprise by typing, Enter to pick and Enter to save; this month's
// list.
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/confirm_question.hpp"
#include "ui/date_field.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/main_frame.hpp"
#include "ui/month_sessions_list.hpp"
#include "ui/session_form.hpp"
#include "ui/sessions_panel.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class SessionEntryTest : public UiTest {
 protected:
  ui::SessionsPanel* panel() {
    auto* f = open_main_frame();
    f->show_screen(ui::Screen::Sesiones);
    pump(50);
    return f->sessions();
  }
};

TEST_F(SessionEntryTest, LogsASessionFromTheKeyboard) {
  auto* p = panel();
  auto* form = p->form();
  EXPECT_EQ(form->fecha()->date(), today());
  EXPECT_EQ(p->month_list()->table()->rows().size(), 0u);

  auto* picker = form->enterprise();
  picker->text()->SetValue(u8("panaderia pena"));  // typed without accents
  ASSERT_TRUE(wait_until([&] { return picker->matches().size() == 1; }));
  EXPECT_TRUE(picker->list()->IsShown());
  screenshot(frame, "10-sesion-buscar-empresa");
  press_enter(picker->text());  // picks the highlighted match
  ASSERT_TRUE(picker->chosen_id().has_value());
  EXPECT_NE(picker->text()->GetValue().utf8_string().find("Panadería Peña"), std::string::npos);

  form->duracion()->SetValue(90);
  form->area()->SetStringSelection(u8("Asesoría financiera"));
  form->tema()->SetValue(u8("Costos de producción y precio del pan dulce"));
  form->acuerdos()->SetValue(u8("Anotar gastos diarios en el cuaderno"));
  form->proximo_paso()->SetValue(u8("Revisar el cuaderno"));
  form->fecha_proximo()->set_date(today() + boost::gregorian::days(14));
  screenshot(frame, "11-sesion-lista-para-guardar");
  press_enter(form->acuerdos());  // Enter in any field saves

  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  const auto& rows = p->month_list()->table()->rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(rows[0][1].utf8_string().find("Panadería Peña"), std::string::npos);
  EXPECT_EQ(rows[0][2].utf8_string(), "90");
  EXPECT_EQ(rows[0][4].utf8_string(), "Asesoría financiera");
  // Ready for the next one: enterprise and text cleared, date and área kept.
  EXPECT_FALSE(picker->chosen_id().has_value());
  EXPECT_TRUE(form->tema()->GetValue().empty());
  EXPECT_EQ(form->area()->GetStringSelection().utf8_string(), "Asesoría financiera");
  EXPECT_NE(form->status()->GetLabel().utf8_string().find("90 min"), std::string::npos);
  screenshot(frame, "12-sesion-guardada");

  auto& ctx = frame->context();
  const auto stored = ctx.ws().sessions().by_asesor_month(
      ctx.actor, ctx.actor.user_id, YearMonth{today().year(), today().month()});
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].tema, "Costos de producción y precio del pan dulce");
  EXPECT_EQ(stored[0].duracion_min, 90);
}

TEST_F(SessionEntryTest, SavingWithoutAnEnterpriseSaysWhatIsMissing) {
  auto* form = panel()->form();
  form->tema()->SetValue(u8("Tema"));
  form->fecha()->SetValue(u8("32/13/2026"));
  press_enter(form->tema());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors()[0].find("empresa:"), std::string::npos) << shown_errors()[0];
  EXPECT_NE(shown_errors()[0].find("fecha"), std::string::npos) << shown_errors()[0];
}

// Picks "Panadería Peña" in the form the way a person does.
void pick_panaderia(ui::SessionForm* form) {
  auto* picker = form->enterprise();
  picker->text()->SetValue(u8("panaderia pena"));
  ASSERT_TRUE(wait_until([&] { return picker->matches().size() == 1; }));
  press_enter(picker->text());
  ASSERT_TRUE(picker->chosen_id().has_value());
}

TEST_F(SessionEntryTest, ASessionOverAYearOldAsksFirstAndNoKeepsItUnsaved) {
  auto* form = panel()->form();
  auto& ctx = frame->context();
  const Date today = ctx.ws().context().today();
  EXPECT_EQ(form->fecha()->date(), today) << "the form starts on the workspace clock's today";
  std::vector<std::string> asked;
  bool answer = false;  // the box's default button is No
  ui::set_question_presenter([&](wxWindow*, const wxString& q) {
    asked.push_back(q.utf8_string());
    return answer;
  });
  pick_panaderia(form);
  const Date old = today - boost::gregorian::days(400);
  form->fecha()->set_date(old);
  form->tema()->SetValue(u8("Registro de ventas de Niño"));
  EXPECT_FALSE(form->save());
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_NE(asked[0].find("La sesión tiene fecha " + to_display(old) + ", hace más de un año"),
            std::string::npos)
      << asked[0];
  EXPECT_TRUE(shown_errors().empty());
  const auto id = *form->enterprise()->chosen_id();
  EXPECT_TRUE(ctx.ws().sessions().by_enterprise(ctx.actor, id).empty());
  EXPECT_TRUE(form->enterprise()->chosen_id()) << "nothing cleared: the person may fix the date";

  answer = true;
  EXPECT_TRUE(form->save());
  EXPECT_EQ(asked.size(), 2u);
  ASSERT_EQ(ctx.ws().sessions().by_enterprise(ctx.actor, id).size(), 1u);

  // A recent date asks nothing.
  pick_panaderia(form);
  form->fecha()->set_date(today - boost::gregorian::days(20));
  EXPECT_TRUE(form->save());
  EXPECT_EQ(asked.size(), 2u);
  ui::set_question_presenter({});
}

TEST_F(SessionEntryTest, ASessionAfterTodayIsRefusedNamingTheDate) {
  auto* form = panel()->form();
  auto& ctx = frame->context();
  const Date today = ctx.ws().context().today();
  pick_panaderia(form);
  const Date tomorrow = today + boost::gregorian::days(1);
  form->fecha()->set_date(tomorrow);
  EXPECT_FALSE(form->save());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors()[0].find("la sesión tiene fecha " + to_display(tomorrow) +
                                   ", posterior a hoy (" + to_display(today) + ")"),
            std::string::npos)
      << shown_errors()[0];
  screenshot(frame, "13-sesion-futura-rechazada");
}

}  // namespace
}  // namespace cdmype::testing_support
