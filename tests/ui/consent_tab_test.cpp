// The editor's Consentimiento tab on a stored file, Inicio's list of files whose consent is not
// registered, and the titular's sensitive data hidden from an asesor the file is not assigned to.
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/notebook.h>
#include <wx/stattext.h>

#include "services/workspace.hpp"
#include "ui/enterprise_consent_page.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_titular_page.hpp"
#include "ui/home_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class ConsentTabTest : public UiTest {};

TEST_F(ConsentTabTest, InicioListsUnregisteredFilesUntilTheTabRegistersTheirConsent) {
  auto* f = open_main_frame();
  f->home()->reload();
  ASSERT_TRUE(f->home()->consent_pending()->IsShown());
  std::string text = f->home()->consent_pending()->GetLabel().utf8_string();
  EXPECT_NE(text.find(std::to_string(enterprise_count) + " expediente(s) con el consentimiento no "
                                                         "registrado"),
            std::string::npos)
      << text;
  screenshot(f, "96-inicio-consentimiento-no-registrado");

  ui::EnterpriseDialog dialog(f, f->context(), 1);
  dialog.Show();
  dialog.notebook()->SetSelection(2);
  auto* page = dialog.consent_page();
  EXPECT_NE(page->state_label()->GetLabel().utf8_string().find("Consentimiento no registrado"),
            std::string::npos);
  ASSERT_TRUE(page->record_button()->IsShown());
  page->scope_box(ConsentScope::Atencion)->SetValue(true);
  page->scope_box(ConsentScope::Seguimiento)->SetValue(true);
  page->scope_box(ConsentScope::Comunicaciones)->SetValue(true);
  click(page->record_button());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(page->records()->rows().size(), 1u);
  EXPECT_EQ(page->records()->rows()[0][1].utf8_string(), "Otorga");

  // Unticking is a withdrawal: a second record, the first one untouched.
  page->scope_box(ConsentScope::Comunicaciones)->SetValue(false);
  click(page->record_button());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(page->records()->rows().size(), 2u);
  EXPECT_EQ(page->records()->rows()[1][1].utf8_string(), "Retira");
  EXPECT_EQ(page->records()->rows()[1][2].utf8_string(), "Comunicaciones");
  EXPECT_EQ(page->state_label()->GetLabel().utf8_string(), "Consentimiento registrado.");
  // Nothing changed: said so, nothing stored.
  click(page->record_button());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors().front().find("No hay cambios"), std::string::npos);
  shown_errors().clear();
  EXPECT_EQ(page->records()->rows().size(), 2u);
  EXPECT_TRUE(page->restrict_button()->IsShown());  // the director's objection and limitation
  screenshot(&dialog, "95-expediente-consentimiento");
  {
    ConsentRecord object;
    object.accion = ConsentAction::Oposicion;
    object.fecha = f->context().ws().context().today();
    object.motivo = "Solicitud de oposición n.º 2";
    auto& ctx = f->context();
    ctx.ws().consents().record(ctx.actor, ctx.ws().enterprises().get(ctx.actor, 1)->codigo, object);
  }
  ui::EnterpriseDialog reopened(f, f->context(), 1);
  EXPECT_NE(reopened.heading()->GetLabel().utf8_string().find("Oposición o limitación"),
            std::string::npos);

  f->home()->reload();
  text = f->home()->consent_pending()->GetLabel().utf8_string();
  EXPECT_NE(text.find(std::to_string(enterprise_count - 1) + " expediente(s)"), std::string::npos)
      << text;
}

TEST_F(ConsentTabTest, AnotherAsesorSeesNeitherDisabilityNorReturneeStatus) {
  {
    auto ws = services::Workspace::open(source);
    Enterprise e = *ws.enterprises().get(accounts.directora, 1);
    e.asesor_id = accounts.directora.user_id;
    ConsentRecord grant;
    grant.accion = ConsentAction::Otorga;
    grant.scopes = {ConsentScope::Atencion, ConsentScope::Sensibles};
    grant.fecha = ws.context().today();
    ws.enterprises().update(accounts.directora, e);
    ws.consents().record(accounts.directora, e.codigo, grant);
    e = *ws.enterprises().get(accounts.directora, 1);
    e.titular.retornado = true;
    ws.enterprises().update(accounts.directora, e);
  }
  auto* f = open_main_frame(&accounts.asesor);
  ui::EnterpriseDialog dialog(f, f->context(), 1);
  dialog.Show();
  dialog.notebook()->SetSelection(1);
  auto* titular = dialog.titular_page();
  EXPECT_FALSE(titular->retornado()->IsShown());
  EXPECT_FALSE(titular->discapacidad()->IsShown());
  EXPECT_TRUE(titular->sensitive_note()->IsShown());
  EXPECT_FALSE(dialog.consent_page()->restrict_button()->IsShown());
  screenshot(&dialog, "97-titular-datos-sensibles-reservados");
  // The asesor's save keeps what the file holds.
  click(dialog.save_button());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  auto ws = services::Workspace::open(source);
  EXPECT_TRUE(ws.enterprises().get(accounts.directora, 1)->titular.retornado);
}

}  // namespace
}  // namespace cdmype::testing_support
