// Asistencia técnica as the asesor: the request form shows the subsidy live while the cost is
// typed, and the sent request appears in the list.
#include <wx/combobox.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "at_ui_support.hpp"
#include "ui/at_panel.hpp"
#include "ui/at_request_dialog.hpp"
#include "ui/at_step_bar.hpp"
#include "ui/budget_bar.hpp"
#include "ui/enterprise_picker.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }
std::string text(const wxStaticText* t) { return t->GetLabel().utf8_string(); }

class AtRequestTest : public UiTest {};

TEST_F(AtRequestTest, AsesorSeesTheSubsidyWhileTypingAndSendsTheRequest) {
  auto* f = open_main_frame(&accounts.asesor);
  f->show_screen(ui::Screen::Asistencia);
  auto* p = f->assistances();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->table()->rows().size(), 0u);
  EXPECT_NE(p->budget()->summary().utf8_string().find("sin presupuesto definido"),
            std::string::npos);

  ui::AtRequestDialog* d = nullptr;
  ModalScript script(
      {
          [&] {
            d = find_shown<ui::AtRequestDialog>();
            ASSERT_NE(d, nullptr);
            EXPECT_NE(text(d->why()).find("Elija la empresa"), std::string::npos);
            d->enterprise()->text()->SetValue(u8("panaderia dulce"));  // no accents typed
            d->enterprise()->search_now();
          },
          [&] {
            ASSERT_EQ(d->enterprise()->matches().size(), 1u);
            press_enter(d->enterprise()->text());
            ASSERT_TRUE(d->enterprise()->chosen_id().has_value());
            EXPECT_NE(text(d->why()).find("costo"), std::string::npos);
            d->descripcion()->SetValue(u8("Diseño de etiqueta y tabla nutricional"));
            d->especialidad()->SetValue(u8("inocuidad alimentaria"));
            d->proveedor()->SetValue(u8("Consultores Peña y Asociados"));
            d->costo()->SetValue(u8("1000"));  // each change recomputes
          },
          [&] {
            EXPECT_EQ(text(d->percentage()), "95 %");
            EXPECT_EQ(text(d->amounts()), "Subsidio $950.00 · copago de la empresa $50.00");
          },
          [&] {
            d->costo()->SetValue(u8("2000.50"));
            EXPECT_EQ(text(d->why()), "95 %: liderada por mujer, rural");
            EXPECT_EQ(text(d->amounts()), "Subsidio $1,900.48 · copago de la empresa $100.02");
          },
          [&] { screenshot(d, "20-at-solicitud-en-vivo", false); },
          [&] {
            press_enter(d->costo());  // Enter sends it to the director
          },
      },
      [] {  // the dialog may be gone already: look it up again
        if (auto* shown = find_shown<ui::AtRequestDialog>(); shown && shown->IsModal())
          shown->EndModal(wxID_CANCEL);
      });
  p->request_new();
  ASSERT_TRUE(script.finished());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();

  const auto& rows = p->table()->rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(rows[0][1].utf8_string().find("Panadería Dulce Nombre de María"), std::string::npos);
  EXPECT_EQ(rows[0][3].utf8_string(), "$2,000.50");
  EXPECT_EQ(rows[0][5].utf8_string(), "Solicitada");
  // The asesor may still withdraw it, nothing else.
  EXPECT_EQ(p->steps()->shown(), std::vector<AtAction>{AtAction::Cancel});
  screenshot(f, "21-at-lista-asesor");

  auto& ctx = f->context();
  const auto list = ctx.ws().assistances().list(ctx.actor);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].estado, AtEstado::Solicitada);
  EXPECT_EQ(list[0].costo_total, *parse_money("2000.50"));
}

}  // namespace
}  // namespace cdmype::testing_support
