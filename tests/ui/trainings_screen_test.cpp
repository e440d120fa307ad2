// Capacitaciones: the directora records a training with accents, edits it, adds participants (one
// from an enterprise on file), and deletes a training without participants.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>

#include "at_ui_support.hpp"
#include "ui/attendee_dialog.hpp"
#include "ui/code_choice.hpp"
#include "ui/date_field.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"
#include "ui/training_dialog.hpp"
#include "ui/trainings_panel.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class TrainingsScreenTest : public UiTest {
 protected:
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
                         d->nombre()->SetValue(u8("Ramón Niño"));
                         ui::select_code(d->sexo(), Sexo::Hombre, false);
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
  EXPECT_EQ(people[1][0].utf8_string(), "Ramón Niño");
  EXPECT_EQ(people[1][2].utf8_string(), "(sin expediente)");
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
  EXPECT_TRUE(p->delete_button()->IsEnabled());
  p->delete_selected(false);
  EXPECT_TRUE(p->trainings().empty());
  EXPECT_EQ(p->table()->rows().size(), 0u);
}

TEST_F(TrainingsScreenTest, OnlyRolesThatManageTrainingsSeeIt) {
  auto ctx = context(&accounts.admin);
  const Actor compras = add_compras(ctx.ws(), accounts.admin);
  auto* f = open_main_frame(&compras);
  EXPECT_EQ(f->trainings(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
