// Remisiones: the ventanilla records a referral with accents through the intake form and sees it
// recibida; the directora assigns it, links it to the file suggested as a duplicate, and it leaves
// the pending list.
#include <wx/checkbox.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "at_ui_support.hpp"
#include "core/territory.hpp"
#include "support/center_setup.hpp"
#include "support/command_output.hpp"
#include "ui/code_choice.hpp"
#include "ui/distrito_picker.hpp"
#include "ui/enterprise_data_page.hpp"
#include "ui/enterprise_consent_page.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_titular_page.hpp"
#include "ui/intake_consent_boxes.hpp"
#include "ui/main_frame.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/referral_dialog.hpp"
#include "ui/referral_link_dialog.hpp"
#include "ui/referrals_panel.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class ReferralsScreenTest : public UiTest {
 protected:
  Actor add_ventanilla() {
    auto ctx = context(&accounts.admin);
    return add_account(ctx.ws(), accounts.admin,
                       {"ventanilla.citala", "Lucía Niño", Role::Ventanilla}, kPassword);
  }
  // A file whose titular is the person referred, in the same distrito (a duplicate to suggest).
  std::int64_t add_file_of_jose() {
    auto ctx = context();
    Enterprise e;
    e.nombre = "Quesería Peña";
    e.titular.nombre = "Jose Pena";
    e.titular.sexo = Sexo::Hombre;
    e.sector = Sector::AlimentosBebidas;
    e.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    e.zona = Zona::Rural;
    e.fecha_ingreso = today();
    e.asesor_id = accounts.asesor.user_id;
    return ctx.ws().enterprises().create(accounts.directora, e).meta.id;
  }
  void close_frame() {
    frame->Destroy();
    frame = nullptr;
    pump(50);
  }
};

TEST_F(ReferralsScreenTest, VentanillaRecordsThenDirectoraAssignsAndLinks) {
  const Actor ventanilla = add_ventanilla();
  const std::int64_t file_id = add_file_of_jose();

  auto* f = open_main_frame(&ventanilla);
  ASSERT_EQ(f->navigation()->GetCount(), 1u);
  auto* p = f->referrals();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->assign_button(), nullptr);  // the center's actions are not the ventanilla's
  EXPECT_TRUE(p->referrals().empty());
  ASSERT_TRUE(drive_modal(
      [&] { p->add(); },
      {[&] {
         auto* d = find_shown<ui::ReferralDialog>();
         ASSERT_NE(d, nullptr);
         d->nombre()->SetValue(u8("José Peña"));
         d->sexo()->SetSelection(1);  // Hombre
         d->telefono()->SetValue(u8("7123-4567"));
         ui::select_code(d->sector(), Sector::AlimentosBebidas, false);
         ASSERT_TRUE(d->distrito()->select_name("Citalá"));
         d->necesidad()->SetValue(u8("Crédito para ampliar la quesería; quiere formalizarse."));
         // Without the person's consent to be attended the referral is not recorded.
         press_enter(d->nombre());
         ASSERT_EQ(shown_errors().size(), 1u);
         EXPECT_NE(shown_errors()[0].find("atención es necesaria"), std::string::npos)
             << shown_errors()[0];
         shown_errors().clear();
         d->consent().box(ConsentScope::Atencion)->SetValue(true);
         d->consent().box(ConsentScope::Comunicaciones)->SetValue(true);
         EXPECT_EQ(d->consent().box(ConsentScope::Sensibles), nullptr);  // a referral has none
         // The form to sign carries the name typed so far, and no box for sensitive data.
         const fs::path form = dir.path() / "consentimiento-remision.pdf";
         d->consent().write_form(form);
         const std::string text = command_output("pdftotext '" + form.string() + "' -");
         EXPECT_NE(text.find("José Peña"), std::string::npos) << text;
         EXPECT_NE(text.find("Firma de la persona"), std::string::npos);
         EXPECT_EQ(text.find("Datos sensibles"), std::string::npos);
         EXPECT_EQ(text.find("Expediente"), std::string::npos);
         EXPECT_NE(text.find("registrar la remisión."), std::string::npos) << text;
       },
       [&] {  // a step later: the dialog has painted what was filled in
         auto* d = find_shown<ui::ReferralDialog>();
         ASSERT_NE(d, nullptr);
         screenshot(d, "40-remision-nueva", false);
         press_enter(d->nombre());
       }}));
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->referrals().size(), 1u);
  {
    const auto& recorded = p->referrals()[0];
    const auto history = f->context().ws().consents().history(
        accounts.directora, {ConsentPerson::Remitido, recorded.meta.id});
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].scopes.codes(), "atencion,comunicaciones");
    EXPECT_EQ(history[0].registrado_por, ventanilla.username);
  }
  const auto& row = p->table()->rows()[0];
  EXPECT_EQ(row[2].utf8_string(), "José Peña");
  EXPECT_EQ(row[3].utf8_string(), "Citalá");
  EXPECT_EQ(row[4].utf8_string(), display_of(Sector::AlimentosBebidas));
  EXPECT_EQ(row[6].utf8_string(), "Recibida");
  screenshot(f, "41-remisiones-ventanilla");
  close_frame();

  f = open_main_frame();
  f->show_screen(ui::Screen::Remisiones);
  p = f->referrals();
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->referrals().size(), 1u);
  screenshot(f, "42-remisiones-centro");
  ASSERT_TRUE(drive_modal([&] { p->assign_selected(); },
                          {[&] {
                            auto* d = find_shown<wxSingleChoiceDialog>();
                            ASSERT_NE(d, nullptr);
                            // Advisors by full name: José Niño Cortez, the asesor, first.
                            d->SetSelection(0);
                            d->EndModal(wxID_OK);
                          }}));
  ASSERT_EQ(p->referrals().size(), 1u);
  EXPECT_EQ(p->referrals()[0].estado, EstadoRemision::Asignada);
  EXPECT_EQ(p->referrals()[0].asesor_id, accounts.asesor.user_id);
  ASSERT_TRUE(drive_modal([&] { p->link_selected(); },
                          {[&] {
                            auto* d = find_shown<ui::ReferralLinkDialog>();
                            ASSERT_NE(d, nullptr);
                            ASSERT_EQ(d->suggestions()->GetCount(), 1u);
                            EXPECT_TRUE(d->suggestions()->GetString(0).utf8_string().find(
                                            "Quesería Peña") != std::string::npos);
                            EXPECT_TRUE(d->ok_button()->IsEnabled());
                            screenshot(d, "43-remision-vincular", false);
                            click(d->ok_button());
                          }}));
  EXPECT_TRUE(p->referrals().empty());  // atendida: no longer pending
  auto& ctx = f->context();
  const auto all = ctx.ws().referrals().list(ctx.actor);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].estado, EstadoRemision::Atendida);
  EXPECT_EQ(all[0].enterprise_id, file_id);
}

TEST_F(ReferralsScreenTest, NoProcedeNeedsAReason) {
  {
    auto ctx = context();
    Referral r;
    r.fecha = today();
    r.nombre = "Ana Peña";
    r.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    r.necesidad = "Empleo";
    ctx.ws().referrals().record(accounts.directora, r);
  }
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Remisiones);
  auto* p = f->referrals();
  ASSERT_EQ(p->referrals().size(), 1u);
  ASSERT_TRUE(drive_modal([&] { p->decline_selected(); },
                          {[&] {
                            auto* d = find_shown<ui::ReasonDialog>();
                            ASSERT_NE(d, nullptr);
                            EXPECT_FALSE(d->ok_button()->IsEnabled());
                            d->text()->SetValue(u8("Busca empleo, no tiene empresa."));
                            EXPECT_TRUE(d->ok_button()->IsEnabled());
                            click(d->ok_button());
                          }}));
  EXPECT_TRUE(p->referrals().empty());
  auto& ctx = f->context();
  const auto all = ctx.ws().referrals().list(ctx.actor);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].estado, EstadoRemision::NoProcede);
  EXPECT_EQ(all[0].motivo, "Busca empleo, no tiene empresa.");
}

TEST_F(ReferralsScreenTest, OpensANewFilePrefilledFromTheReferral) {
  {
    auto ctx = context();
    Referral r;
    r.fecha = today();
    r.nombre = "Lucía Niño";
    r.sector = Sector::Artesanias;
    r.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    r.necesidad = "Vender sus artesanías en línea";
    r.telefono = "7123-4567";
    ctx.ws().referrals().record(accounts.directora, r);
  }
  const int citala = Territory::el_salvador().by_name("Citalá").front()->id;
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Remisiones);
  auto* p = f->referrals();
  ASSERT_EQ(p->referrals().size(), 1u);
  // The full enterprise editor opens, filled in from the referral.
  ASSERT_TRUE(drive_modal(
      [&] { EXPECT_TRUE(p->open_file_selected()); },
      {[&] {
         auto* d = find_shown<ui::EnterpriseDialog>();
         ASSERT_NE(d, nullptr);
         EXPECT_EQ(d->data_page()->nombre()->GetValue().utf8_string(), "Lucía Niño");
         EXPECT_EQ(d->data_page()->distrito()->distrito_id(), citala);
         const std::string notas = d->data_page()->notas()->GetValue().utf8_string();
         EXPECT_NE(notas.find("Vender sus artesanías en línea"), std::string::npos);
         EXPECT_NE(notas.find("7123-4567"), std::string::npos);
         EXPECT_EQ(d->titular_page()->nombre()->GetValue().utf8_string(), "Lucía Niño");
         d->data_page()->nombre()->SetValue(u8("Artesanías Niño"));
         d->consent_page()->scope_box(ConsentScope::Atencion)->SetValue(true);
       },
       [&] { screenshot(find_shown<ui::EnterpriseDialog>(), "44-remision-expediente", false); },
       [&] { click(find_shown<ui::EnterpriseDialog>()->save_button()); }}));
  EXPECT_TRUE(p->referrals().empty());
  auto& ctx = f->context();
  const auto all = ctx.ws().referrals().list(ctx.actor);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].estado, EstadoRemision::Atendida);
  const auto file = ctx.ws().enterprises().get(ctx.actor, all[0].enterprise_id);
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(file->nombre, "Artesanías Niño");
  EXPECT_EQ(file->titular.nombre, "Lucía Niño");
  EXPECT_EQ(file->distrito_id, citala);
  EXPECT_EQ(file->fuente, Fuente::Ventanilla);
  // The consent signed at the desk came with the file, in the same transaction.
  EXPECT_TRUE(ctx.ws().consents().state(ctx.actor, titular_of(file->meta.id)).registered);
}

TEST_F(ReferralsScreenTest, CancellingTheEditorLeavesTheReferralPending) {
  {
    auto ctx = context();
    Referral r;
    r.fecha = today();
    r.nombre = "José Peña";
    r.sexo = Sexo::Hombre;
    r.sector = Sector::AlimentosBebidas;
    r.distrito_id = Territory::el_salvador().by_name("Citalá").front()->id;
    ctx.ws().referrals().record(accounts.directora, r);
  }
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Remisiones);
  auto* p = f->referrals();
  ModalScript script({[&] { ASSERT_NE(find_shown<ui::EnterpriseDialog>(), nullptr); }},
                     cancel_shown);
  EXPECT_FALSE(p->open_file_selected());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->referrals().size(), 1u);
  EXPECT_EQ(p->referrals()[0].estado, EstadoRemision::Recibida);
}

}  // namespace
}  // namespace cdmype::testing_support
