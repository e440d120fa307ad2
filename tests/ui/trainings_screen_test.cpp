// Capacitaciones: the directora records a training with accents, edits it, adds participants (one
// from an enterprise on file), removes them (button and Delete key, after asking), and deletes a
// training without participants; consulta and compras read it without changing anything.
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>

#include "at_ui_support.hpp"
#include "ui/attendee_dialog.hpp"
#include "ui/code_choice.hpp"
#include "ui/confirm_question.hpp"
#include "ui/date_field.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/intake_consent_boxes.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"
#include "ui/training_dialog.hpp"
#include "ui/trainings_panel.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

// The Delete key as a list control reports it to its handlers.
void press_delete(wxListCtrl* list) {
  wxListEvent key(wxEVT_LIST_KEY_DOWN, list->GetId());
  key.SetEventObject(list);
  key.SetKeyCode(WXK_DELETE);
  list->GetEventHandler()->ProcessEvent(key);
}

// Answers the screen's yes/no questions with `answer`, recording them; restores the box after.
struct ScriptedQuestions {
  explicit ScriptedQuestions(bool answer) {
    ui::set_question_presenter([this, answer](wxWindow*, const wxString& q) {
      asked.push_back(q.utf8_string());
      return answer;
    });
  }
  ~ScriptedQuestions() { ui::set_question_presenter({}); }
  std::vector<std::string> asked;
};

class TrainingsScreenTest : public UiTest {
 protected:
  // A training with two participants, written through the service before the window opens;
  // listed in Spanish order of their names (Rosa Peña first).
  Training training_with_two_people() {
    auto ctx = context(&accounts.directora);
    Training t;
    t.titulo = "Contabilidad básica en Citalá";
    t.tema = "finanzas";
    t.institucion = "INSAFORP";
    t.fecha = today();
    t.minutos = 240;
    t.lugar = "Alcaldía de Citalá";
    t = ctx.ws().trainings().create(ctx.actor, t);
    for (const auto& [nombre, sexo] :
         {std::pair{"Rosa Peña", Sexo::Mujer}, std::pair{"Tomás Niño", Sexo::Hombre}}) {
      TrainingAttendee a;
      a.training_id = t.meta.id;
      a.nombre = nombre;
      a.sexo = sexo;
      ctx.ws().trainings().add_attendee(ctx.actor, a);
    }
    return t;
  }
  std::size_t stored_attendees(std::int64_t training_id) {
    auto ctx = context(&accounts.directora);
    return ctx.ws().trainings().attendees(ctx.actor, training_id).size();
  }

  // Fills the training dialog the panel opened and saves it with Enter.
  void fill_training(const char* titulo, const char* institucion, const char* horas,
                     const char* shot = nullptr) {
    auto* d = find_shown<ui::TrainingDialog>();
    ASSERT_NE(d, nullptr);
    d->titulo()->SetValue(u8(titulo));
    d->tema()->SetValue(u8("inocuidad y etiquetado"));
    d->institucion()->SetValue(u8(institucion));
    d->horas()->SetValue(u8(horas));
    d->lugar()->SetValue(u8("Casa de la Cultura, Citalá"));
    if (shot) screenshot(d, shot, false);
    press_enter(d->titulo());
  }
};

TEST_F(TrainingsScreenTest, RecordsEditsAndListsParticipants) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Capacitaciones);
  auto* p = f->trainings();
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->trainings().empty());
  EXPECT_FALSE(p->edit_button()->IsEnabled());

  {
    ModalScript script({[&] {
                         fill_training("Buenas prácticas de manufactura en Citalá",
                                       "Universidad Peña", "2,5", "50-capacitacion-nueva");
                       }},
                       cancel_shown);
    p->add();
    ASSERT_TRUE(script.finished());
  }
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->trainings().size(), 1u);
  const auto& row = p->table()->rows()[0];
  EXPECT_EQ(row[0].utf8_string(), to_display(today()));
  EXPECT_EQ(row[1].utf8_string(), "Buenas prácticas de manufactura en Citalá");
  EXPECT_EQ(row[3].utf8_string(), "Universidad Peña");
  EXPECT_EQ(row[4].utf8_string(), "2.5");
  EXPECT_EQ(p->trainings()[0].minutos, 150);
  EXPECT_TRUE(p->edit_button()->IsEnabled());  // the new one is selected

  // Edit: the dialog shows the stored values; the partner is offered in the list.
  {
    ModalScript script({[&] {
                         auto* d = find_shown<ui::TrainingDialog>();
                         ASSERT_NE(d, nullptr);
                         EXPECT_EQ(d->horas()->GetValue().utf8_string(), "2.5");
                         EXPECT_NE(d->institucion()->FindString(u8("Universidad Peña")),
                                   wxNOT_FOUND);
                         d->horas()->SetValue(u8("4"));
                         press_enter(d->lugar());
                       }},
                       cancel_shown);
    p->edit_selected();
    ASSERT_TRUE(script.finished());
  }
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  EXPECT_EQ(p->table()->rows()[0][4].utf8_string(), "4");

  // Participants: one from an enterprise on file (name taken from its titular), one without.
  {
    ModalScript script({[&] {
                          auto* d = find_shown<ui::AttendeeDialog>();
                          ASSERT_NE(d, nullptr);
                          d->empresa()->text()->SetValue(u8("Peña"));
                          d->empresa()->search_now();
                          ASSERT_FALSE(d->empresa()->matches().empty());
                          ASSERT_TRUE(d->empresa()->pick(0));
                          EXPECT_FALSE(d->nombre()->GetValue().empty());
                          d->nombre()->SetValue(u8("María José Peña"));
                        },
                        [&] {
                          auto* d = find_shown<ui::AttendeeDialog>();
                          ASSERT_NE(d, nullptr);
                          screenshot(d, "51-capacitacion-participante", false);
                          press_enter(d->nombre());
                        }},
                       cancel_shown);
    p->add_attendee();
    ASSERT_TRUE(script.finished());
  }
  {
    ModalScript script({[&] {
                         auto* d = find_shown<ui::AttendeeDialog>();
                         ASSERT_NE(d, nullptr);
                         d->nombre()->SetValue(u8("Tomás Niño"));
                         ui::select_code(d->sexo(), Sexo::Hombre, false);
                         // Without a file the person's own consent is asked.
                         press_enter(d->nombre());
                         ASSERT_EQ(shown_errors().size(), 1u);
                         EXPECT_NE(shown_errors()[0].find("atención es necesaria"),
                                   std::string::npos)
                             << shown_errors()[0];
                         shown_errors().clear();
                         d->consent().box(ConsentScope::Atencion)->SetValue(true);
                         d->consent().box(ConsentScope::Comunicaciones)->SetValue(true);
                         press_enter(d->nombre());
                       }},
                       cancel_shown);
    p->add_attendee();
    ASSERT_TRUE(script.finished());
  }
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->attendees().size(), 2u);
  const auto& people = p->attendee_table()->rows();
  EXPECT_EQ(people[0][0].utf8_string(), "María José Peña");
  EXPECT_NE(people[0][2].utf8_string().find("Peña"), std::string::npos);
  EXPECT_EQ(people[1][0].utf8_string(), "Tomás Niño");
  EXPECT_EQ(people[1][2].utf8_string(), "(sin expediente)");
  {
    auto& ws = f->context().ws();
    const auto& all = p->attendees();
    const auto of_file = ws.consents().history(
        f->context().actor, {ConsentPerson::Participante, all[0].meta.id});
    EXPECT_TRUE(of_file.empty());  // María José comes with her enterprise's file
    const auto own = ws.consents().history(f->context().actor,
                                           {ConsentPerson::Participante, all[1].meta.id});
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].scopes.codes(), "atencion,comunicaciones");
  }
  EXPECT_EQ(p->table()->rows()[0][6].utf8_string(), "1");  // mujeres
  EXPECT_EQ(p->table()->rows()[0][7].utf8_string(), "1");  // hombres
  // With participants it cannot be deleted.
  EXPECT_FALSE(p->delete_button()->IsEnabled());
  screenshot(f, "52-capacitaciones");
}

TEST_F(TrainingsScreenTest, RefusesBadHoursAndDeletesAnEmptyTraining) {
  auto* f = open_main_frame(&accounts.asesor);
  f->show_screen(ui::Screen::Capacitaciones);
  auto* p = f->trainings();
  ASSERT_NE(p, nullptr);
  {
    ModalScript script(
        {[&] { fill_training("Taller de costos para artesanas", "CONAMYPE", "dos"); },
         [&] {
           // The dialog stays open with the problem shown.
           ASSERT_FALSE(shown_errors().empty());
           EXPECT_NE(shown_errors().back().find("horas"), std::string::npos);
           auto* d = find_shown<ui::TrainingDialog>();
           ASSERT_NE(d, nullptr);
           d->horas()->SetValue(u8("3"));
           press_enter(d->horas());
         }},
        cancel_shown);
    p->add();
    ASSERT_TRUE(script.finished());
  }
  ASSERT_EQ(p->trainings().size(), 1u);
  p->select(0);
  // Chosen but empty: the list says so instead of asking to choose one.
  EXPECT_EQ(p->attendee_table()->placeholder().utf8_string(),
            "Esta capacitación todavía no tiene participantes.");
  EXPECT_TRUE(p->delete_button()->IsEnabled());
  p->delete_selected(false);
  EXPECT_TRUE(p->trainings().empty());
  EXPECT_EQ(p->table()->rows().size(), 0u);
  EXPECT_EQ(p->attendee_table()->placeholder().utf8_string(),
            "Elija una capacitación para ver sus participantes.");
}

TEST_F(TrainingsScreenTest, RemovesAParticipantAfterAskingWithTheButtonOrTheDeleteKey) {
  const Training t = training_with_two_people();
  auto* f = open_main_frame(&accounts.asesor);
  f->show_screen(ui::Screen::Capacitaciones);
  auto* p = f->trainings();
  ASSERT_NE(p, nullptr);
  p->select(0);
  ASSERT_EQ(p->attendees().size(), 2u);
  ASSERT_TRUE(p->remove_attendee_button()->IsShown());
  EXPECT_FALSE(p->remove_attendee_button()->IsEnabled());  // nobody chosen yet
  p->select_attendee(0);
  EXPECT_TRUE(p->remove_attendee_button()->IsEnabled());

  {  // "No" keeps the person.
    ScriptedQuestions no(false);
    click(p->remove_attendee_button());
    ASSERT_EQ(no.asked.size(), 1u);
    EXPECT_EQ(no.asked[0], "¿Quitar a Rosa Peña de la capacitación «Contabilidad básica en Citalá»?");
  }
  EXPECT_EQ(p->attendees().size(), 2u);
  EXPECT_EQ(stored_attendees(t.meta.id), 2u);

  {  // "Sí" with the button.
    ScriptedQuestions yes(true);
    click(p->remove_attendee_button());
    EXPECT_EQ(yes.asked.size(), 1u);
  }
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->attendees().size(), 1u);
  EXPECT_EQ(p->attendee_table()->rows()[0][0].utf8_string(), "Tomás Niño");
  EXPECT_EQ(p->table()->rows()[0][6].utf8_string(), "0");  // mujeres
  EXPECT_FALSE(p->remove_attendee_button()->IsEnabled());  // the list was reloaded
  EXPECT_FALSE(p->delete_button()->IsEnabled());           // Ramón is still there

  {  // The Delete key in the participants' list.
    ScriptedQuestions yes(true);
    p->select_attendee(0);
    press_delete(p->attendee_table());
    ASSERT_EQ(yes.asked.size(), 1u);
    EXPECT_NE(yes.asked[0].find("Tomás Niño"), std::string::npos);
  }
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  EXPECT_TRUE(p->attendees().empty());
  EXPECT_EQ(stored_attendees(t.meta.id), 0u);
  EXPECT_TRUE(p->delete_button()->IsEnabled());  // now it may go too
  screenshot(f, "53-capacitacion-sin-participantes");
}

TEST_F(TrainingsScreenTest, ConsultaReadsTrainingsWithoutChangingThem) {
  const Training t = training_with_two_people();
  auto admin = context(&accounts.admin);
  const auto u = admin.ws().users().add(
      accounts.admin, {"supervision", "Rocío Peña", Role::Consulta, kPassword, false});
  const Actor consulta{u.meta.id, u.username, u.role};
  auto* f = open_main_frame(&consulta);
  f->show_screen(ui::Screen::Capacitaciones);
  auto* p = f->trainings();
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->trainings().size(), 1u);
  EXPECT_EQ(p->table()->rows()[0][1].utf8_string(), "Contabilidad básica en Citalá");
  p->select(0);
  ASSERT_EQ(p->attendees().size(), 2u);
  EXPECT_EQ(p->attendee_table()->rows()[0][0].utf8_string(), "Rosa Peña");
  for (wxButton* b : {p->add_button(), p->edit_button(), p->delete_button(),
                      p->attendee_button(), p->remove_attendee_button()})
    EXPECT_FALSE(b->IsShown()) << b->GetLabel().utf8_string();
  EXPECT_FALSE(p->GetAcceleratorTable()->IsOk());  // no Ctrl+N

  // Nor do the keys and calls behind the buttons change anything.
  ScriptedQuestions yes(true);
  p->select_attendee(0);
  press_delete(p->attendee_table());
  p->delete_selected(false);
  p->add();          // would block on the dialog if it opened
  p->add_attendee();
  EXPECT_TRUE(yes.asked.empty());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  EXPECT_EQ(stored_attendees(t.meta.id), 2u);
  EXPECT_EQ(p->trainings().size(), 1u);
  screenshot(f, "54-capacitaciones-consulta");
}

TEST_F(TrainingsScreenTest, EveryRoleThatReadsTrainingsSeesIt) {
  auto ctx = context(&accounts.admin);
  const Actor compras = add_compras(ctx.ws(), accounts.admin);
  auto* f = open_main_frame(&compras);
  ASSERT_NE(f->trainings(), nullptr);
  EXPECT_FALSE(f->trainings()->add_button()->IsShown());
  f->Destroy();
  frame = nullptr;
  pump();
  f = open_main_frame(&accounts.admin);  // IT keeps the installation, not the center's work
  EXPECT_EQ(f->trainings(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
