// First-run wizard driven through its real buttons: page validation, then the center and its
// director.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/textctrl.h>

#include "services/workspace.hpp"
#include "ui/setup_wizard.hpp"
#include "ui/wizard_center_page.hpp"
#include "ui/wizard_director_page.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

wxButton* wizard_button(wxWindow* wizard, int id) {
  return dynamic_cast<wxButton*>(wizard->FindWindow(id));
}

TEST(WizardTest, CreatesTheCenterAndSignsInTheDirector) {
  shown_errors().clear();
  TempDir dir;
  const auto db = dir.path() / "nuevo" / "cdmype.db";
  ui::SetupWizard wizard(nullptr, db);
  auto* center = wizard.center_page();
  auto* director = wizard.director_page();

  ModalScript script(
      {
          [&] {  // Next with an empty form stays on page 1 and says why.
            click(wizard_button(&wizard, wxID_FORWARD));
          },
          [&] {
            EXPECT_EQ(wizard.GetCurrentPage(), center);
            ASSERT_FALSE(shown_errors().empty());
            EXPECT_NE(shown_errors().back().find("nombre del centro"), std::string::npos);
            center->center_name()->SetValue(wxString::FromUTF8("CDMYPE Chalatenango"));
            center->prefix()->SetValue(wxString::FromUTF8("ch"));
            center->operator_name()->SetValue(
                wxString::FromUTF8("Asociación de Municipios Cayaguanca"));
            center->departamento()->SetStringSelection(wxString::FromUTF8("Chalatenango"));
            center->paper()->SetSelection(1);
          },
          [&] {
            screenshot(&wizard, "01-asistente-centro", false);
            click(wizard_button(&wizard, wxID_FORWARD));
          },
          [&] {
            EXPECT_EQ(wizard.GetCurrentPage(), director);
            director->username()->SetValue(wxString::FromUTF8("mjpena"));
            director->full_name()->SetValue(wxString::FromUTF8("María José Peña"));
            director->password()->SetValue(wxString::FromUTF8("una-clave-larga"));
            director->repeat()->SetValue(wxString::FromUTF8("otra-clave-larga"));
          },
          [&] {  // Finish with passwords that differ: refused, wizard stays.
            shown_errors().clear();
            click(wizard_button(&wizard, wxID_FORWARD));
          },
          [&] {
            ASSERT_EQ(shown_errors().size(), 1u);
            EXPECT_NE(shown_errors().back().find("no coinciden"), std::string::npos);
            director->repeat()->SetValue(wxString::FromUTF8("una-clave-larga"));
          },
          [&] {
            screenshot(&wizard, "02-asistente-directora", false);
            click(wizard_button(&wizard, wxID_FORWARD));
          },
      },
      [&] {
        if (wizard.IsModal()) wizard.EndModal(wxID_CANCEL);
      });

  auto ctx = wizard.run();
  ASSERT_TRUE(ctx.has_value()) << "the wizard did not finish";
  EXPECT_EQ(ctx->actor.role, Role::Director);
  EXPECT_EQ(ctx->actor.username, "mjpena");
  const auto settings = ctx->ws().center().settings();
  EXPECT_EQ(settings.center_name, "CDMYPE Chalatenango");
  EXPECT_EQ(settings.prefix, "CH");
  EXPECT_EQ(settings.operator_name, "Asociación de Municipios Cayaguanca");
  EXPECT_EQ(settings.departamento, "Chalatenango");
  EXPECT_EQ(settings.paper_size, "A4");
  ctx.reset();

  auto ws = services::Workspace::open(db);
  EXPECT_EQ(ws.auth().sign_in("mjpena", "una-clave-larga").role, Role::Director);
}

}  // namespace
}  // namespace cdmype::testing_support
