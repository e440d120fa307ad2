// Aprobaciones as the director: the queue by score with its reasons, approve, reject with a
// required reason, and refusals shown as the service words them.
#include <wx/button.h>
#include <wx/textctrl.h>

#include "at_ui_support.hpp"
#include "ui/approvals_panel.hpp"
#include "ui/budget_bar.hpp"
#include "ui/main_frame.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

class ApprovalsTest : public UiTest {
 protected:
  ui::ApprovalsPanel* open_queue() {
    auto* f = open_main_frame();
    f->show_screen(ui::Screen::Aprobaciones);
    return f->approvals();
  }
  std::optional<TechnicalAssistance> stored(const std::string& codigo) {
    auto& ctx = frame->context();
    const auto d = ctx.ws().assistances().detail(ctx.actor, codigo);
    return d ? std::optional(d->at) : std::nullopt;
  }
};

TEST_F(ApprovalsTest, QueueByScoreThenApproveAndRejectWithAReason) {
  std::string woman_rural, woman, man_rural;
  {
    auto ctx = context(&accounts.asesor);
    man_rural = request_at(ctx.ws(), accounts.asesor, "Miel La Palma 2", "800.00").codigo;
    woman = request_at(ctx.ws(), accounts.asesor, "Café Citalá 1", "600.00").codigo;
    woman_rural = request_at(ctx.ws(), accounts.asesor, "Panadería Dulce", "1000.00").codigo;
  }
  auto* p = open_queue();
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->queue().size(), 3u);
  const auto& rows = p->table()->rows();
  EXPECT_EQ(rows[0][1].utf8_string(), woman_rural);
  EXPECT_EQ(rows[1][1].utf8_string(), woman);
  EXPECT_EQ(rows[2][1].utf8_string(), man_rural);
  EXPECT_NE(rows[0][3].utf8_string().find("mujer +30, rural +20"), std::string::npos)
      << rows[0][3].utf8_string();
  EXPECT_EQ(rows[0][5].utf8_string(), "$950.00");
  EXPECT_EQ(rows[0][6].utf8_string(), "95 %: liderada por mujer, rural");
  screenshot(frame, "22-aprobaciones");

  ASSERT_TRUE(p->select(woman_rural));
  click(p->approve_button());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->queue().size(), 2u);
  EXPECT_EQ(stored(woman_rural)->estado, AtEstado::Aprobada);
  EXPECT_EQ(stored(woman_rural)->subsidio->subsidio, *parse_money("950.00"));
  EXPECT_NE(p->budget()->summary().utf8_string().find("comprometido $950.00"), std::string::npos);

  ASSERT_TRUE(p->select(man_rural));
  ui::ReasonDialog* d = nullptr;
  ModalScript script(
      {
          [&] {
            d = find_shown<ui::ReasonDialog>();
            ASSERT_NE(d, nullptr);
            EXPECT_FALSE(d->ok_button()->IsEnabled());  // the reason is required
            d->text()->SetValue(wxString::FromUTF8("Falta la cotización firmada del proveedor"));
            EXPECT_TRUE(d->ok_button()->IsEnabled());
            screenshot(d, "23-rechazo-motivo", false);
            press_enter(d->text());
          },
      },
      [] {  // the dialog may be gone already: look it up again
        if (auto* shown = find_shown<ui::ReasonDialog>(); shown && shown->IsModal())
          shown->EndModal(wxID_CANCEL);
      });
  click(p->reject_button());
  ASSERT_TRUE(script.finished());
  ASSERT_EQ(p->queue().size(), 1u);
  EXPECT_EQ(stored(man_rural)->estado, AtEstado::Rechazada);
  EXPECT_EQ(stored(man_rural)->motivo_rechazo, "Falta la cotización firmada del proveedor");
}

TEST_F(ApprovalsTest, OwnRequestAndOverBudgetAreRefusedInSpanish) {
  std::string own, big;
  {
    auto ctx = context();
    own = request_at(ctx.ws(), accounts.directora, "Café Citalá 1", "600.00").codigo;
    big = request_at(ctx.ws(), accounts.asesor, "Panadería Dulce", "1000.00").codigo;
    AtBudget b;
    b.year = today().year();
    b.fondo = *parse_money("500.00");
    ctx.ws().budgets().set(accounts.directora, b);
  }
  auto* p = open_queue();
  EXPECT_NE(p->budget()->summary().utf8_string().find("disponible $500.00 de $500.00"),
            std::string::npos)
      << p->budget()->summary().utf8_string();

  ASSERT_TRUE(p->select(own));
  click(p->approve_button());
  ASSERT_EQ(shown_errors().size(), 1u);
  EXPECT_NE(shown_errors()[0].find("usted mismo redactó"), std::string::npos) << shown_errors()[0];

  ASSERT_TRUE(p->select(big));
  click(p->approve_button());
  ASSERT_EQ(shown_errors().size(), 2u);
  EXPECT_NE(shown_errors()[1].find("excede el fondo"), std::string::npos) << shown_errors()[1];
  EXPECT_EQ(p->queue().size(), 2u);  // both still waiting
  EXPECT_EQ(stored(big)->estado, AtEstado::Solicitada);
}

}  // namespace
}  // namespace cdmype::testing_support
