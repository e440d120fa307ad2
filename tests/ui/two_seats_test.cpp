// Two seats with the center open at once: what one saves appears on the other's open list
// within two seconds, with no click. The screenshots show both windows.
#include <wx/stattext.h>

#include "core/territory.hpp"
#include "services/workspace.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui/server_watch.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class TwoSeatsTest : public UiTest {
 protected:
  void TearDown() override {
    if (other) other->Destroy();
    UiTest::TearDown();
  }
  ui::MainFrame* other = nullptr;
};

TEST_F(TwoSeatsTest, OneSeatsNewFileAppearsOnTheOthersListWithinTwoSeconds) {
  auto* directora = open_main_frame(&accounts.directora);
  other = new ui::MainFrame(context(&accounts.asesor));
  directora->SetSize(0, 0, 680, 560);
  other->SetSize(690, 0, 680, 560);
  other->Show();
  directora->show_screen(ui::Screen::Empresas);
  other->show_screen(ui::Screen::Empresas);
  pump(100);
  // Once the seat listens (on a server it dials the notices in the background) it
  // refreshes once; what it shows from then on comes from the other seat's notices.
  ASSERT_TRUE(wait_until([&] { return other->server_watch()->listening(); }));
  pump(ui::ServerWatch::kPollMs * 3);
  const int reloads = other->server_watch()->reloads();
  const wxString before = other->enterprises()->count_label()->GetLabel();

  // The directora's seat saves a new file (through its own connection, as its editor does).
  Enterprise e;
  e.nombre = "Ñandú Peña, Cooperativa de Citalá";
  e.titular.nombre = "Rosa Niño";
  e.titular.sexo = Sexo::Mujer;
  e.sector = Sector::Agroindustria;
  e.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
  e.zona = Zona::Rural;
  e.fecha_ingreso = Date(2026, 11, 2);
  e.asesor_id = accounts.asesor.user_id;
  directora->context().ws().enterprises().create(accounts.directora, e);
  directora->reload_current();

  const auto saved = std::chrono::steady_clock::now();
  EXPECT_TRUE(wait_until([&] { return other->enterprises()->count_label()->GetLabel() != before; }));
  EXPECT_LT(std::chrono::steady_clock::now() - saved, std::chrono::seconds(2));
  EXPECT_GT(other->server_watch()->reloads(), reloads);
  EXPECT_FALSE(other->server_watch()->server_lost());
  screenshot(directora, "31-dos-puestos-directora");
  screenshot(other, "32-dos-puestos-asesor");
}

}  // namespace
}  // namespace cdmype::testing_support
