// "¿Dónde están los datos del centro?" and another seat's change reaching an open window.
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include "core/territory.hpp"
#include "services/workspace.hpp"
#include "ui/connect_dialog.hpp"
#include "ui/main_frame.hpp"
#include "ui/server_watch.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class ConnectDialogTest : public UiTest {};

TEST_F(ConnectDialogTest, AFileIsTakenAsItIs) {
  ui::ConnectDialog dialog(nullptr, store::DataSource(db_path));
  EXPECT_TRUE(dialog.on_this_pc()->GetValue());
  EXPECT_EQ(dialog.file()->GetValue().utf8_string(), db_path.string());
  ASSERT_TRUE(dialog.try_connect());
  ASSERT_TRUE(dialog.chosen());
  EXPECT_TRUE(dialog.chosen()->is_file());
  EXPECT_EQ(dialog.chosen()->file(), db_path);
}

TEST_F(ConnectDialogTest, AServerThatDoesNotAnswerIsSaidUnderTheFieldsAndWhatWasTypedStays) {
  ui::ConnectDialog dialog(nullptr, store::DataSource(db_path));
  dialog.Show();
  dialog.choose_server(true);
  dialog.host()->SetValue(wxString::FromUTF8("127.0.0.1"));
  dialog.port()->SetValue(1);  // nothing listens there: refused at once
  dialog.database()->SetValue(wxString::FromUTF8("cdmype_citalá"));
  dialog.user()->SetValue(wxString::FromUTF8("maría"));
  EXPECT_FALSE(dialog.try_connect());
  EXPECT_FALSE(dialog.chosen());
  std::string said = dialog.error_text().utf8_string();
  for (char& c : said)
    if (c == '\n') c = ' ';  // wrapped to the dialog's width
  EXPECT_NE(said.find("No se pudo conectar con el servidor del centro: nada responde en esa "
                      "dirección y puerto"),
            std::string::npos)
      << said;
  EXPECT_EQ(dialog.host()->GetValue().utf8_string(), "127.0.0.1");
  EXPECT_EQ(dialog.database()->GetValue().utf8_string(), "cdmype_citalá");
  EXPECT_EQ(dialog.user()->GetValue().utf8_string(), "maría");
  screenshot(&dialog, "30-conectar-servidor-error");
}

TEST_F(ConnectDialogTest, AnotherSeatsSaveReloadsTheOpenWindow) {
  auto* f = open_main_frame();
  ASSERT_NE(f->server_watch(), nullptr);
  ASSERT_TRUE(wait_until([&] { return f->server_watch()->listening(); }));
  pump(ui::ServerWatch::kPollMs * 3);  // the refresh a server seat makes once it listens
  const int before = f->server_watch()->reloads();
  {
    // Another program (another seat on a server) saves a file meanwhile.
    auto other = services::Workspace::open(source);
    Enterprise e;
    e.nombre = "Ñandú Peña";
    e.titular.nombre = "Rosa Niño";
    e.titular.sexo = Sexo::Mujer;
    e.sector = Sector::Agroindustria;
    e.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    e.zona = Zona::Rural;
    e.fecha_ingreso = Date(2026, 11, 2);
    e.asesor_id = accounts.asesor.user_id;
    other.enterprises().create(accounts.directora, e);
  }
  EXPECT_TRUE(wait_until([&] { return f->server_watch()->reloads() > before; }));
  EXPECT_FALSE(f->server_watch()->server_lost());
}

}  // namespace
}  // namespace cdmype::testing_support
