// Compras takes an approved AT through contract (choosing the provider), start, finish (rating)
// and settle; the budget bar shows it executed.
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "at_ui_support.hpp"
#include "ui/at_panel.hpp"
#include "ui/at_step_bar.hpp"
#include "ui/budget_bar.hpp"
#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

class AtExecutionTest : public UiTest {};

// Answers the next choice dialog with the item at `index` and its OK button.
ModalScript choose(int index, const std::string& shot = {}) {
  return ModalScript(
      {
          [index, shot] {
            auto* d = find_shown<wxSingleChoiceDialog>();
            ASSERT_NE(d, nullptr);
            d->SetSelection(index);
            if (!shot.empty()) screenshot(d, shot, false);
            click(dynamic_cast<wxButton*>(d->FindWindow(wxID_OK)));
          },
      },
      [] {
        if (auto* d = find_shown<wxSingleChoiceDialog>(); d && d->IsModal())
          d->EndModal(wxID_CANCEL);
      });
}

TEST_F(AtExecutionTest, ComprasContractsStartsFinishesWithRatingAndSettles) {
  Actor compras;
  std::string codigo;
  {
    auto ctx = context();
    compras = add_compras(ctx.ws(), accounts.admin);
    codigo = request_at(ctx.ws(), accounts.asesor, "Panadería Dulce", "1000.00").codigo;
    ctx.ws().assistances().approve(accounts.directora, codigo);
  }
  auto* f = open_main_frame(&compras);
  f->show_screen(ui::Screen::Asistencia);
  auto* p = f->assistances();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->new_button(), nullptr);  // compras does not request
  ASSERT_TRUE(p->select(codigo));
  EXPECT_EQ(p->steps()->shown(), (std::vector<AtAction>{AtAction::Contract, AtAction::Cancel}));

  {
    auto script = choose(0, "24-contratar-proveedor");
    p->take_step(AtAction::Contract);
    EXPECT_TRUE(script.finished());
  }
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_TRUE(p->selected().has_value());
  EXPECT_EQ(p->selected()->estado, AtEstado::Contratada);
  p->take_step(AtAction::Start);
  EXPECT_EQ(p->selected()->estado, AtEstado::EnEjecucion);
  {
    auto script = choose(0);  // "5 — excelente"
    p->take_step(AtAction::Finish);
  }
  EXPECT_EQ(p->selected()->estado, AtEstado::Finalizada);
  EXPECT_EQ(p->selected()->calificacion, 5);
  // Settling needs the co-payment received and the provider paid (the amounts offered are what is
  // still owed).
  for (const auto kind : {AtPaymentKind::AporteEmpresa, AtPaymentKind::PagoProveedor}) {
    ASSERT_TRUE(p->payment_button(kind)->IsShown());
    ModalScript script(
        {
            [] {
              auto* d = find_shown<wxTextEntryDialog>();
              ASSERT_NE(d, nullptr);
              click(dynamic_cast<wxButton*>(d->FindWindow(wxID_OK)));
            },
        },
        [] {
          if (auto* d = find_shown<wxTextEntryDialog>(); d && d->IsModal())
            d->EndModal(wxID_CANCEL);
        });
    p->take_payment(kind);
    EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
    EXPECT_FALSE(p->payment_button(kind)->IsShown());
  }
  EXPECT_NE(p->detail()->GetLabel().utf8_string().find("recibido $50.00 de $50.00"),
            std::string::npos)
      << p->detail()->GetLabel().utf8_string();
  p->take_step(AtAction::Settle);
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  EXPECT_EQ(p->selected()->estado, AtEstado::Liquidada);
  EXPECT_TRUE(p->steps()->shown().empty());
  EXPECT_NE(p->budget()->summary().utf8_string().find("ejecutado $950.00"), std::string::npos)
      << p->budget()->summary().utf8_string();
  EXPECT_NE(p->detail()->GetLabel().utf8_string().find("Calificación del proveedor: 5 de 5"),
            std::string::npos);
  screenshot(f, "25-at-liquidada");
}

}  // namespace
}  // namespace cdmype::testing_support
