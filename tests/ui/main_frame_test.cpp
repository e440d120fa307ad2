// The main window: title, screens by role, navigation, the month at a glance.
#include "ui/main_frame.hpp"

#include <wx/listbox.h>

#include "ui/figure_tile.hpp"
#include "ui/home_panel.hpp"
#include "ui/screens.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class MainFrameTest : public UiTest {};

TEST_F(MainFrameTest, TitleNavigationAndHomeForTheDirector) {
  auto* f = open_main_frame();
  EXPECT_EQ(f->GetTitle().utf8_string(), "CDMYPE Desk — CDMYPE Chalatenango");
  ASSERT_EQ(f->navigation()->GetCount(), 11u);
  EXPECT_EQ(f->navigation()->GetString(0).utf8_string(), "Inicio");
  EXPECT_EQ(f->navigation()->GetString(1).utf8_string(), "Empresas");
  EXPECT_EQ(f->navigation()->GetString(2).utf8_string(), "Sesiones");
  EXPECT_EQ(f->navigation()->GetString(3).utf8_string(), "Asistencia técnica");
  EXPECT_EQ(f->navigation()->GetString(4).utf8_string(), "Aprobaciones");
  EXPECT_EQ(f->navigation()->GetString(5).utf8_string(), "Remisiones");
  EXPECT_EQ(f->navigation()->GetString(6).utf8_string(), "Capacitaciones");
  EXPECT_EQ(f->navigation()->GetString(9).utf8_string(), "Protección de datos");
  EXPECT_EQ(f->navigation()->GetString(10).utf8_string(), "Configuración");
  ASSERT_NE(f->home(), nullptr);
  // The figures come from a worker: the window is up before they arrive.
  for (int i = 0; i < 500 && f->home()->computing(); ++i) pump(10);
  ASSERT_FALSE(f->home()->computing());
  // Files opened this month appear as new files (the template opens one a week).
  EXPECT_NE(f->home()->new_files()->value().utf8_string(), "—");
  EXPECT_EQ(f->home()->attended()->value().utf8_string(), "0");
  EXPECT_FALSE(f->GetIcons().IsEmpty());  // the embedded SVG icon
  screenshot(f, "04-inicio");

  // Asked again while computing (a burst of other seats' changes): computed once more after,
  // the figures stay on screen meanwhile, and the window never waits for it.
  const auto month = f->home()->month();
  f->home()->show_month(month);
  f->home()->show_month(month);
  f->home()->show_month(month);
  EXPECT_EQ(f->home()->attended()->value().utf8_string(), "0");
  for (int i = 0; i < 500 && f->home()->computing(); ++i) pump(10);
  pump(50);  // the computation asked for again starts from the event loop
  for (int i = 0; i < 500 && f->home()->computing(); ++i) pump(10);
  EXPECT_FALSE(f->home()->computing());
  EXPECT_EQ(f->home()->attended()->value().utf8_string(), "0");
  EXPECT_NE(f->home()->new_files()->value().utf8_string(), wxString::FromUTF8("…").utf8_string());
}

TEST(ScreensTest, EachRoleSeesOnlyWhatItMayUse) {
  using ui::Screen;
  EXPECT_EQ(ui::screens_for(Role::Asesor),
            (std::vector<Screen>{Screen::Inicio, Screen::Empresas, Screen::Sesiones,
                                 Screen::Asistencia, Screen::Remisiones, Screen::Capacitaciones,
                                 Screen::Informes}));
  EXPECT_EQ(ui::screens_for(Role::Director),
            (std::vector<Screen>{Screen::Inicio, Screen::Empresas, Screen::Sesiones,
                                 Screen::Asistencia, Screen::Aprobaciones, Screen::Remisiones,
                                 Screen::Capacitaciones, Screen::Proveedores, Screen::Informes,
                                 Screen::ProteccionDatos, Screen::Configuracion}));
  // The account named delegado adds Protección de datos to its role's screens.
  Actor delegada{7, "asesora", Role::Asesor};
  delegada.delegado = true;
  EXPECT_EQ(ui::screens_for(delegada),
            (std::vector<Screen>{Screen::Inicio, Screen::Empresas, Screen::Sesiones,
                                 Screen::Asistencia, Screen::Remisiones, Screen::Capacitaciones,
                                 Screen::Informes, Screen::ProteccionDatos}));
  // Compras and consulta read trainings (read-only screen).
  EXPECT_EQ(ui::screens_for(Role::Compras),
            (std::vector<Screen>{Screen::Inicio, Screen::Empresas, Screen::Asistencia,
                                 Screen::Capacitaciones, Screen::Proveedores, Screen::Informes}));
  // Consulta (CONAMYPE's supervisor) also consolidates the centers' packages.
  EXPECT_EQ(ui::screens_for(Role::Consulta),
            (std::vector<Screen>{Screen::Inicio, Screen::Empresas, Screen::Asistencia,
                                 Screen::Capacitaciones, Screen::Informes, Screen::Consolidado}));
  // A ventanilla sees only its referrals (no Inicio: it may not view reports).
  EXPECT_EQ(ui::screens_for(Role::Ventanilla), std::vector<Screen>{Screen::Remisiones});
  EXPECT_EQ(ui::screens_for(Role::Admin), std::vector<Screen>{Screen::Configuracion});
  EXPECT_EQ(ui::screen_key(Screen::Configuracion).utf8_string(), "configuracion");
}

// `cdmype --pantalla`: its help names every screen the option opens (it once missed two).
TEST(ScreensTest, PantallaOptionHelpListsEveryScreenItAccepts) {
  using ui::Screen;
  const std::string help = ui::screen_option_help().utf8_string();
  EXPECT_EQ(help.rfind("pantalla inicial: inicio, empresas, ", 0), 0u) << help;
  // Walks the enum itself, so a screen added to it but not to all_screens() fails here.
  for (int i = 0; i <= static_cast<int>(Screen::Configuracion); ++i) {
    const auto screen = static_cast<Screen>(i);
    const wxString key = ui::screen_key(screen);
    ASSERT_FALSE(key.empty()) << i;
    EXPECT_NE(help.find(key.utf8_string()), std::string::npos) << key.utf8_string();
    EXPECT_EQ(ui::screen_named(key), screen) << key.utf8_string();
    EXPECT_EQ(ui::screen_named(ui::screen_title(screen)), screen) << key.utf8_string();
  }
  EXPECT_EQ(ui::all_screens().size(), static_cast<size_t>(Screen::Configuracion) + 1);
  EXPECT_NE(help.find("remisiones"), std::string::npos);
  EXPECT_NE(help.find("capacitaciones"), std::string::npos);
  EXPECT_EQ(ui::screen_named(wxString::FromUTF8("Configuración")), Screen::Configuracion);
  EXPECT_EQ(ui::screen_named(wxString::FromUTF8("bitacora")), std::nullopt);
}

TEST_F(MainFrameTest, AsesorGetsTheSameScreensWithoutTheHistoryRight) {
  auto* f = open_main_frame(&accounts.asesor);
  EXPECT_EQ(f->navigation()->GetCount(), 7u);
  f->show_screen(ui::Screen::Sesiones);
  EXPECT_EQ(f->navigation()->GetSelection(), 2);
}

}  // namespace
}  // namespace cdmype::testing_support
