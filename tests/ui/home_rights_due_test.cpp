// Inicio lists the data-protection requests due within five business days, for the director.
#include <wx/stattext.h>

#include "services/workspace.hpp"
#include "ui/home_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class HomeRightsDueTest : public UiTest {};

TEST_F(HomeRightsDueTest, RequestsNearTheirDeadlineAreListedForTheDirectorOnly) {
  {
    auto ws = services::Workspace::open(source);
    const Date today = ws.context().today();
    // Received a month ago: past its 20 business days. And one received today: twenty left.
    const Date old = today - boost::gregorian::days(30);
    ws.rights().record(accounts.directora, "Rosa Peña Ñandú", "", DataRight::Acceso, old);
    ws.rights().record(accounts.directora, "José Niño", "", DataRight::Olvido, today);
  }
  auto* f = open_main_frame();
  f->home()->reload();
  for (int i = 0; i < 500 && f->home()->computing(); ++i) pump(10);
  ASSERT_TRUE(f->home()->rights_due()->IsShown());
  const std::string text = f->home()->rights_due()->GetLabel().utf8_string();
  EXPECT_NE(text.find("Acceso de Rosa Peña Ñandú"), std::string::npos) << text;
  EXPECT_NE(text.find("(VENCIDA)"), std::string::npos) << text;
  EXPECT_EQ(text.find("José Niño"), std::string::npos) << text;
  screenshot(f, "93-inicio-solicitudes-por-vencer");
  f->Destroy();
  frame = nullptr;

  auto* asesor = open_main_frame(&accounts.asesor);
  asesor->home()->reload();
  EXPECT_FALSE(asesor->home()->rights_due()->IsShown());
}

}  // namespace
}  // namespace cdmype::testing_support
