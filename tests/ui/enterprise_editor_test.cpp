// The enterprise editor: a new file with accents, DUI checked inline, tabs, stale copies refused.
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "services/workspace.hpp"
#include "ui/date_field.hpp"
#include "ui/distrito_picker.hpp"
#include "ui/enterprise_data_page.hpp"
#include "ui/enterprise_consent_page.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_history_page.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/enterprise_titular_page.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class EnterpriseEditorTest : public UiTest {};

TEST_F(EnterpriseEditorTest, CreatesAnEnterpriseWithAccents) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Empresas);
  auto& ctx = f->context();
  ui::EnterpriseDialog dialog(f, ctx, std::nullopt);
  dialog.Show();
  auto* data = dialog.data_page();
  auto* titular = dialog.titular_page();

  EXPECT_NE(data->codigo()->GetValue().utf8_string().find("CH-"), std::string::npos);
  data->nombre()->SetValue(u8("Artesanías Ñu & Peña"));
  data->sector()->SetStringSelection(u8("Artesanías"));
  ASSERT_TRUE(data->distrito()->select_name("Citalá"));
  EXPECT_NE(data->distrito()->municipio_text().utf8_string().find("Chalatenango"),
            std::string::npos);
  data->zona()->SetStringSelection(u8("Rural"));
  data->ventas()->SetValue(u8("15000.50"));
  data->notas()->SetValue(u8("Tejidos de añil; visita en diciembre."));
  screenshot(&dialog, "07-editor-datos");

  dialog.notebook()->SetSelection(1);
  titular->nombre()->SetValue(u8("María Ángeles Núñez"));
  titular->dui()->SetValue(u8("01234567-0"));  // wrong check digit
  EXPECT_FALSE(titular->dui_message()->GetLabel().empty());
  screenshot(&dialog, "08-editor-titular-dui-erroneo");
  titular->dui()->SetValue(u8("01234567-8"));
  EXPECT_TRUE(titular->dui_message()->GetLabel().empty())
      << titular->dui_message()->GetLabel().utf8_string();
  titular->nacimiento()->SetValue(u8("20/05/1998"));

  // No file without the titular's consent to atención y expediente.
  click(dialog.save_button());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors().front().find("Consentimiento: la persona debe autorizar la atención"),
            std::string::npos)
      << shown_errors().front();
  EXPECT_FALSE(dialog.saved_id().has_value());
  shown_errors().clear();
  // Ticking disability without «Datos sensibles» is refused by the service.
  titular->discapacidad()->SetValue(true);
  auto* consent = dialog.consent_page();
  dialog.notebook()->SetSelection(2);
  consent->scope_box(ConsentScope::Atencion)->SetValue(true);
  consent->scope_box(ConsentScope::Seguimiento)->SetValue(true);
  click(dialog.save_button());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors().front().find("datos sensibles"), std::string::npos)
      << shown_errors().front();
  shown_errors().clear();
  consent->scope_box(ConsentScope::Sensibles)->SetValue(true);
  screenshot(&dialog, "94-editor-consentimiento");
  // The form prints what the editor holds, before it is saved.
  const auto form = dir / "consentimiento.pdf";
  consent->write_form(
      [&] {
        Enterprise e;
        e.nombre = "Artesanías Ñu & Peña";
        e.titular.nombre = "María Ángeles Núñez";
        e.titular.dui = "01234567-8";
        return e;
      }(),
      form);
  EXPECT_GT(std::filesystem::file_size(form), 1000u);

  click(dialog.save_button());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_TRUE(dialog.saved_id().has_value());
  EXPECT_EQ(dialog.GetReturnCode(), wxID_OK);

  const auto stored = ctx.ws().enterprises().get(ctx.actor, *dialog.saved_id());
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->nombre, "Artesanías Ñu & Peña");
  EXPECT_EQ(stored->titular.nombre, "María Ángeles Núñez");
  EXPECT_EQ(stored->titular.dui, "01234567-8");
  EXPECT_EQ(stored->sector, Sector::Artesanias);
  EXPECT_EQ(stored->zona, Zona::Rural);
  EXPECT_EQ(stored->ventas_anuales.cents, 1500050);
  EXPECT_EQ(stored->notas, "Tejidos de añil; visita en diciembre.");
  EXPECT_EQ(stored->asesor_id, accounts.directora.user_id);
  EXPECT_TRUE(stored->titular.discapacidad);
  const auto consents = ctx.ws().consents().history(ctx.actor, titular_of(stored->meta.id));
  ASSERT_EQ(consents.size(), 1u);
  EXPECT_EQ(consents[0].scopes, (ConsentScopes{ConsentScope::Atencion, ConsentScope::Seguimiento,
                                               ConsentScope::Sensibles}));

  f->enterprises()->reload();
  EXPECT_EQ(f->enterprises()->list()->count(), enterprise_count + 1);
}

TEST_F(EnterpriseEditorTest, BadInputIsRefusedWithSpanishMessages) {
  auto* f = open_main_frame();
  ui::EnterpriseDialog dialog(f, f->context(), std::nullopt);
  // "1,500.00" is now read as Excel shows it; three decimals are still refused.
  dialog.data_page()->ventas()->SetValue(u8("1,500.005"));
  dialog.data_page()->fecha_ingreso()->SetValue(u8("31/02/2026"));
  click(dialog.save_button());
  ASSERT_EQ(shown_errors().size(), 1u);
  const std::string& message = shown_errors().front();
  EXPECT_NE(message.find("ventas anuales"), std::string::npos) << message;
  EXPECT_NE(message.find("fecha de ingreso"), std::string::npos) << message;
  EXPECT_FALSE(dialog.saved_id().has_value());

  shown_errors().clear();
  dialog.data_page()->ventas()->SetValue(wxString());
  dialog.data_page()->fecha_ingreso()->SetValue(u8("01/10/2026"));
  dialog.consent_page()->scope_box(ConsentScope::Atencion)->SetValue(true);
  click(dialog.save_button());  // now the service speaks: nombre, titular, distrito
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors().front().find("nombre"), std::string::npos) << shown_errors().front();
}

TEST_F(EnterpriseEditorTest, EditsShowInHistoryAndAStaleCopyIsRefused) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Empresas);
  auto& ctx = f->context();
  const auto first = f->enterprises()->list()->row_at(0);
  ASSERT_NE(first, nullptr);
  const std::int64_t id = first->id;

  ui::EnterpriseDialog mine(f, ctx, id);
  ui::EnterpriseDialog theirs(f, ctx, id);
  mine.data_page()->nombre()->SetValue(u8("Café de Altura Citalá"));
  click(mine.save_button());
  ASSERT_TRUE(shown_errors().empty());

  theirs.data_page()->nrc()->SetValue(u8("12345-6"));
  click(theirs.save_button());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors().front().find("Otra persona modificó"), std::string::npos)
      << shown_errors().front();

  ui::EnterpriseDialog again(f, ctx, id);
  again.Show();
  ASSERT_NE(again.history_page(), nullptr);
  const auto& rows = again.history_page()->table()->rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][2].utf8_string(), "Modificación");
  EXPECT_NE(rows[0][3].utf8_string().find("nombre"), std::string::npos);
  EXPECT_EQ(rows[1][2].utf8_string(), "Creación");
  again.notebook()->SetSelection(6);  // datos, titular, consentimiento, sesiones, AT, resultados,
                                      // historial
  screenshot(&again, "09-editor-historial");
}

TEST_F(EnterpriseEditorTest, AsesorHasNoHistoryTab) {
  auto* f = open_main_frame(&accounts.asesor);
  f->show_screen(ui::Screen::Empresas);
  const auto first = f->enterprises()->list()->row_at(0);
  ASSERT_NE(first, nullptr);
  ui::EnterpriseDialog dialog(f, f->context(), first->id);
  EXPECT_EQ(dialog.history_page(), nullptr);
  EXPECT_EQ(dialog.notebook()->GetPageCount(), 6u);  // datos, titular, consentimiento, sesiones,
                                                    // AT, resultados
}

}  // namespace
}  // namespace cdmype::testing_support
