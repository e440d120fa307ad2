// Configuración → Metas anuales: the directora sets the year's goals (a count and an amount), an
// unreadable amount is refused, and the goals are the ones GoalService stores.
#include "ui/goals_page.hpp"

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/textdlg.h>

#include "at_ui_support.hpp"
#include "ui/main_frame.hpp"
#include "ui/settings_panel.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class GoalsPageTest : public UiTest {
 protected:
  static long index_of(std::string_view code) {
    const auto all = indicators();
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i].code == code) return static_cast<long>(i);
    return -1;
  }
};

TEST_F(GoalsPageTest, DirectoraSetsTheYearsGoals) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Configuracion);
  auto* s = f->settings();
  ASSERT_NE(s, nullptr);
  auto* page = s->goals();
  ASSERT_NE(page, nullptr);
  s->book()->SetSelection(static_cast<size_t>(s->book()->FindPage(page)));
  pump();
  EXPECT_EQ(page->year(), today().year());
  ASSERT_EQ(page->table()->rows().size(), indicators().size());
  const long atendidas = index_of("empresas_atendidas");
  const long subsidio = index_of("subsidio_centavos");
  ASSERT_GE(atendidas, 0);
  ASSERT_GE(subsidio, 0);
  EXPECT_EQ(page->table()->rows()[static_cast<size_t>(atendidas)][2].utf8_string(), "—");

  EXPECT_TRUE(page->set_goal(atendidas, u8("240")));
  EXPECT_FALSE(page->set_goal(subsidio, u8("veinte mil")));
  ASSERT_FALSE(shown_errors().empty());
  EXPECT_NE(shown_errors().back().find("Subsidio de asistencias técnicas"), std::string::npos)
      << shown_errors().back();
  shown_errors().clear();

  // Through the dialog, as the person would: the amount in dollars.
  page->table()->select_row(subsidio);
  ASSERT_TRUE(drive_modal([&] { click(page->edit_button()); },
                          {[&] {
                            auto* d = find_shown<wxTextEntryDialog>();
                            ASSERT_NE(d, nullptr);
                            d->SetValue(u8("45000.50"));
                            screenshot(d, "60-meta-anual", false);
                            d->EndModal(wxID_OK);
                          }}));
  EXPECT_EQ(page->table()->rows()[static_cast<size_t>(atendidas)][2].utf8_string(), "240");
  EXPECT_EQ(page->table()->rows()[static_cast<size_t>(subsidio)][2].utf8_string(), "$45,000.50");
  screenshot(f, "61-configuracion-metas");

  auto& ctx = f->context();
  const auto stored = ctx.ws().goals().show(ctx.actor, today().year());
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].indicador, "empresas_atendidas");
  EXPECT_EQ(stored[0].value, 240);
  EXPECT_EQ(stored[1].value, 4500050);

  // Another year has its own plan.
  page->year_control()->SetValue(today().year() + 1);
  wxSpinEvent changed(wxEVT_SPINCTRL, page->year_control()->GetId());
  page->year_control()->GetEventHandler()->ProcessEvent(changed);
  EXPECT_EQ(page->table()->rows()[static_cast<size_t>(atendidas)][2].utf8_string(), "—");
}

TEST_F(GoalsPageTest, AsesorHasNoConfiguration) {
  auto* f = open_main_frame(&accounts.asesor);
  EXPECT_EQ(f->settings(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
