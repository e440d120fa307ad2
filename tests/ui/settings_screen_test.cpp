// Configuración: the director sets the AT fund and adds a policy version; the admin manages users.
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "at_ui_support.hpp"
#include "ui/budget_bar.hpp"
#include "ui/budget_policy_page.hpp"
#include "ui/date_field.hpp"
#include "ui/main_frame.hpp"
#include "ui/number_format_page.hpp"
#include "ui/settings_panel.hpp"
#include "ui/text_table.hpp"
#include "ui/user_dialog.hpp"
#include "ui/users_page.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class SettingsScreenTest : public UiTest {};

TEST_F(SettingsScreenTest, DirectorSetsTheFundAndAddsAPolicyVersion) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Configuracion);
  auto* s = f->settings();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->users(), nullptr);  // accounts are the admin's
  auto* page = s->budget_policy();
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->in_force()->GetLabel().utf8_string().find("90 %"), std::string::npos);

  page->fondo()->SetValue(u8("25000"));
  ASSERT_TRUE(page->save_budget());
  EXPECT_NE(page->budget()->summary().utf8_string().find("disponible $25,000.00 de $25,000.00"),
            std::string::npos)
      << page->budget()->summary().utf8_string();

  const Date t = today();
  const Date next_month =
      (YearMonth{t.year(), static_cast<int>(t.month())}.last_day() + boost::gregorian::days(1));
  page->desde()->set_date(next_month);
  page->base()->SetValue(u8("85"));
  page->weighted()->SetValue(u8("92,5"));
  page->nota()->SetValue(u8("Circular de CONAMYPE: ajuste del subsidio"));
  ASSERT_TRUE(page->add_policy_version()) << shown_errors().front();
  ASSERT_EQ(page->versions()->rows().size(), 1u);
  EXPECT_NE(page->versions()->rows()[0][1].utf8_string().find("85 %"), std::string::npos);
  EXPECT_NE(page->versions()->rows()[0][1].utf8_string().find("92.5 %"), std::string::npos);
  screenshot(frame, "29-configuracion-presupuesto");

  auto& ctx = frame->context();
  EXPECT_EQ(ctx.ws().budgets().get(ctx.actor, today().year())->fondo, *parse_money("25000"));
  EXPECT_EQ(ctx.ws().policies().in_force(ctx.actor, next_month).base_bp, 8500);
}

TEST_F(SettingsScreenTest, TheNumberFormatDecidesHowTypedAmountsRead) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Configuracion);
  auto* s = f->settings();
  auto* format = s->number_format();
  ASSERT_NE(format, nullptr) << "the director sets it";
  auto* page = s->budget_policy();
  // El Salvador (the default): "25,000.00" and "2,000" are thousands.
  EXPECT_EQ(format->choice()->GetSelection(), 0);
  page->fondo()->SetValue(u8("25,000.00"));
  ASSERT_TRUE(page->save_budget()) << shown_errors().front();
  auto& ctx = frame->context();
  EXPECT_EQ(ctx.ws().budgets().get(ctx.actor, today().year())->fondo, Money::from_cents(2500000));
  page->fondo()->SetValue(u8("2.000"));  // three decimals under El Salvador: refused
  EXPECT_FALSE(page->save_budget());
  shown_errors().clear();

  s->book()->SetSelection(static_cast<size_t>(s->book()->FindPage(format)));
  pump(50);
  format->choice()->SetSelection(1);
  ASSERT_TRUE(format->save());
  EXPECT_NE(format->status()->GetLabel().utf8_string().find("coma decimal (1.234,56)"),
            std::string::npos);
  screenshot(frame, "30-configuracion-formato-numeros");
  EXPECT_EQ(ctx.ws().center().settings().number_format, NumberFormat::ComaDecimal);
  page->fondo()->SetValue(u8("30.000,50"));
  ASSERT_TRUE(page->save_budget()) << shown_errors().front();
  EXPECT_EQ(ctx.ws().budgets().get(ctx.actor, today().year())->fondo, Money::from_cents(3000050));
  page->fondo()->SetValue(u8("2.000"));
  ASSERT_TRUE(page->save_budget());
  EXPECT_EQ(ctx.ws().budgets().get(ctx.actor, today().year())->fondo, Money::from_cents(200000));
}

TEST_F(SettingsScreenTest, AdminDisablesAnAccount) {
  auto* f = open_main_frame(&accounts.admin);
  ASSERT_EQ(f->screens(), std::vector<ui::Screen>{ui::Screen::Configuracion});
  auto* users = f->settings()->users();
  ASSERT_NE(users, nullptr);
  EXPECT_EQ(f->settings()->budget_policy(), nullptr);
  users->reload();
  ASSERT_TRUE(users->select("asesor1"));
  users->toggle_selected();
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  bool found = false;
  for (const auto& row : users->table()->rows())
    if (row[0].utf8_string() == "asesor1") {
      found = true;
      EXPECT_EQ(row[3].utf8_string(), "desactivada");
    }
  EXPECT_TRUE(found);

  ui::UserDialog* d = nullptr;
  ModalScript script(
      {
          [&] {
            d = find_shown<ui::UserDialog>();
            ASSERT_NE(d, nullptr);
            d->username()->SetValue(u8("compras2"));
            d->full_name()->SetValue(u8("Lucía Peña Citalá"));
            d->role()->SetStringSelection(u8("Compras"));
            d->password()->SetValue(u8("inicio-2026-ñandú"));
            press_enter(d->password());
          },
      },
      [] {
        if (auto* shown = find_shown<ui::UserDialog>(); shown && shown->IsModal())
          shown->EndModal(wxID_CANCEL);
      });
  users->add();
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_TRUE(users->select("compras2"));
  auto& ctx = frame->context();
  const auto added = ctx.ws().users().find(ctx.actor, "compras2");
  ASSERT_TRUE(added.has_value());
  EXPECT_EQ(added->full_name, "Lucía Peña Citalá");
  EXPECT_EQ(added->role, Role::Compras);
  EXPECT_TRUE(added->must_change_password);
  screenshot(frame, "30-configuracion-usuarios");
}

}  // namespace
}  // namespace cdmype::testing_support
