// Protección de datos: a request registered and answered, a breach with its 72-hour clock and a
// notice, the register of processing activities saved; only the director (or the delegado) sees it.
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include <fstream>
#include <iterator>

#include "at_ui_support.hpp"
#include "services/workspace.hpp"
#include "support/command_output.hpp"
#include "ui/breach_dialog.hpp"
#include "ui/data_protection_panel.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/person_export_action.hpp"
#include "ui/main_frame.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/rights_request_dialog.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class DataProtectionScreenTest : public UiTest {};

TEST_F(DataProtectionScreenTest, ARequestIsAnsweredABreachNotifiedAndTheRegisterSaved) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::ProteccionDatos);
  auto* p = f->data_protection();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->requests()->placeholder().utf8_string(),
            "No hay solicitudes de derechos registradas.");

  ASSERT_TRUE(drive_modal([&] { p->add_request(); }, {[&] {
                            auto* d = find_shown<ui::RightsRequestDialog>();
                            ASSERT_NE(d, nullptr);
                            d->nombre()->SetValue(u8("Rosa Peña Ñandú"));
                            d->dui()->SetValue(u8("03456789-8"));
                            d->derecho()->SetSelection(5);  // olvido
                            pump(50);
                            screenshot(d, "98-solicitud-de-derechos", false);
                            ASSERT_TRUE(d->save().has_value());
                          }}));
  ASSERT_EQ(p->request_rows().size(), 1u);
  EXPECT_EQ(p->requests()->rows()[0][1].utf8_string(), "Olvido");
  EXPECT_EQ(p->requests()->rows()[0][5].utf8_string(), "Abierta");

  p->requests()->select_row(0);
  ASSERT_TRUE(drive_modal([&] { p->answer_selected_request(); }, {[&] {
                            auto* d = find_shown<ui::ReasonDialog>();
                            ASSERT_NE(d, nullptr);
                            d->text()->SetValue(u8("Se olvidó a la persona el 03/12/2026."));
                            press_enter(d->text());
                          }}));
  EXPECT_NE(p->requests()->rows()[0][5].utf8_string().find("Respondida el"), std::string::npos);
  screenshot(f, "99-proteccion-datos-solicitudes");

  ASSERT_TRUE(drive_modal([&] { p->add_breach(); }, {[&] {
                            auto* d = find_shown<ui::BreachDialog>();
                            ASSERT_NE(d, nullptr);
                            d->descripcion()->SetValue(
                                u8("Laptop robada con expedientes de Citalá"));
                            d->personas()->SetValue(u8("40"));
                            ASSERT_TRUE(d->save().has_value())
                                << (shown_errors().empty() ? "" : shown_errors().front());
                          }}));
  ASSERT_EQ(p->breach_rows().size(), 1u);
  EXPECT_NE(p->breaches()->rows()[0][4].utf8_string().find("quedan"), std::string::npos)
      << p->breaches()->rows()[0][4].utf8_string();
  p->notebook()->SetSelection(1);
  p->breaches()->select_row(0);
  ASSERT_TRUE(drive_modal([&] { p->notify_selected_breach(); }, {[&] {
                            auto* d = find_shown<wxSingleChoiceDialog>();
                            ASSERT_NE(d, nullptr);
                            d->SetSelection(0);  // the Agencia de Ciberseguridad del Estado
                            d->EndModal(wxID_OK);
                          }}));
  EXPECT_NE(p->breaches()->rows()[0][5].utf8_string(), "—");
  EXPECT_EQ(p->breaches()->rows()[0][6].utf8_string(), "—");
  screenshot(f, "100-proteccion-datos-brechas");

  const auto pdf = dir / "registro.pdf";
  p->write_register(pdf);
  EXPECT_NE(command_output("pdftotext '" + pdf.string() + "' -")
                .find("Registro de actividades de tratamiento"),
            std::string::npos);
}

TEST_F(DataProtectionScreenTest, TheDirectorAnswersAnAccessRequestFromTheFile) {
  auto* f = open_main_frame();
  auto& ctx = f->context();
  Enterprise e = *ctx.ws().enterprises().get(ctx.actor, 1);
  e.titular.nombre = "Rosalinda Quintanilla Ñandú";
  e.titular.dui = "03456789-8";
  ctx.ws().enterprises().update(ctx.actor, e);
  {
    ui::EnterpriseDialog dialog(f, ctx, 1);
    dialog.Show();
    ASSERT_NE(dialog.export_button(), nullptr);
    screenshot(&dialog, "101-expediente-datos-de-la-persona");
    dialog.Hide();
  }
  const auto files = ui::write_person_export(ctx, "034567898", dir.path());
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].filename().string(), "datos-personales-03456789-8.json");
  std::ifstream json(files[0]);
  const std::string text((std::istreambuf_iterator<char>(json)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("Rosalinda Quintanilla Ñandú"), std::string::npos);
  EXPECT_NE(text.find("\"consentimientos\""), std::string::npos);
  EXPECT_NE(command_output("pdftotext '" + files[1].string() + "' -").find("Rosalinda"),
            std::string::npos);
  f->Destroy();
  frame = nullptr;

  auto* asesor = open_main_frame(&accounts.asesor);
  ui::EnterpriseDialog theirs(asesor, asesor->context(), 1);
  EXPECT_EQ(theirs.export_button(), nullptr);
}

TEST_F(DataProtectionScreenTest, AnAsesorDoesNotSeeItUnlessNamedDelegado) {
  auto* asesor = open_main_frame(&accounts.asesor);
  EXPECT_EQ(asesor->data_protection(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
