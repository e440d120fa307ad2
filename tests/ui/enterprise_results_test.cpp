// The editor's Resultados tab: record sales and financing for an enterprise with accents, refuse an
// unreadable amount, delete a result; roles without the right see no buttons.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "at_ui_support.hpp"
#include "support/center_setup.hpp"
#include "ui/date_field.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/enterprise_results_page.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui/result_dialog.hpp"
#include "ui/text_table.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class EnterpriseResultsTest : public UiTest {
 protected:
  std::int64_t first_enterprise(ui::MainFrame* f) {
    f->show_screen(ui::Screen::Empresas);
    const auto* row = f->enterprises()->list()->row_at(0);
    return row ? row->id : 0;
  }
};

TEST_F(EnterpriseResultsTest, RecordsListsAndDeletesResults) {
  auto* f = open_main_frame(&accounts.asesor);
  const std::int64_t id = first_enterprise(f);
  ASSERT_NE(id, 0);
  ui::EnterpriseDialog dialog(f, f->context(), id);
  dialog.Show();
  auto* page = dialog.results_page();
  ASSERT_NE(page, nullptr);
  EXPECT_TRUE(page->results().empty());
  EXPECT_TRUE(page->add_button()->IsShown());

  ASSERT_TRUE(drive_modal([&] { page->add(); },
                          {[&] {
                             auto* d = find_shown<ui::ResultDialog>();
                             ASSERT_NE(d, nullptr);
                             d->select_tipo(TipoResultado::Ventas);
                             d->valor()->SetValue(u8("mil"));
                             press_enter(d->valor());
                           },
                           [&] {
                             ASSERT_FALSE(shown_errors().empty());
                             EXPECT_NE(shown_errors().back().find("dólares"), std::string::npos);
                             shown_errors().clear();  // expected: the dialog stays open
                             auto* d = find_shown<ui::ResultDialog>();
                             ASSERT_NE(d, nullptr);
                             d->valor()->SetValue(u8("1250,50"));
                             d->detalle()->SetValue(u8("ventas de quesillo en Citalá"));
                             press_enter(d->detalle());
                           }}));
  ASSERT_TRUE(drive_modal([&] { page->add(); },
                          {[&] {
                             auto* d = find_shown<ui::ResultDialog>();
                             ASSERT_NE(d, nullptr);
                             d->select_tipo(TipoResultado::Financiamiento);
                             EXPECT_TRUE(d->valor()->IsEnabled());
                             d->valor()->SetValue(u8("3000"));
                             d->detalle()->SetValue(u8("Caja de crédito de la Peña"));
                           },
                           [&] {
                             auto* d = find_shown<ui::ResultDialog>();
                             ASSERT_NE(d, nullptr);
                             screenshot(d, "55-resultado-nuevo", false);
                             press_enter(d->valor());
                           }}));
  ASSERT_TRUE(drive_modal([&] { page->add(); },
                          {[&] {
                            auto* d = find_shown<ui::ResultDialog>();
                            ASSERT_NE(d, nullptr);
                            d->select_tipo(TipoResultado::RegistroSanitario);
                            EXPECT_FALSE(d->valor()->IsEnabled());  // a milestone has no amount
                            press_enter(d->detalle());
                          }}));
  ASSERT_EQ(page->results().size(), 3u);
  std::vector<std::string> values;
  for (const auto& row : page->table()->rows()) values.push_back(row[2].utf8_string());
  EXPECT_NE(std::find(values.begin(), values.end(), "$1,250.50"), values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), "$3,000.00"), values.end());
  dialog.notebook()->SetSelection(5);
  screenshot(&dialog, "56-editor-resultados");

  // Stored through the service: the same list from another read.
  auto& ctx = f->context();
  EXPECT_EQ(ctx.ws().results().by_enterprise(ctx.actor, id).size(), 3u);
  page->table()->select_row(0);
  page->delete_selected(false);
  EXPECT_EQ(page->results().size(), 2u);
  EXPECT_EQ(ctx.ws().results().by_enterprise(ctx.actor, id).size(), 2u);
  dialog.Hide();
}

TEST_F(EnterpriseResultsTest, ConsultaSeesResultsWithoutButtons) {
  auto admin = context(&accounts.admin);
  const Actor consulta = add_account(admin.ws(), accounts.admin,
                                    {"supervision", "Rocío Peña", Role::Consulta}, kPassword);
  auto* f = open_main_frame(&consulta);
  const std::int64_t id = first_enterprise(f);
  ASSERT_NE(id, 0);
  ui::EnterpriseDialog dialog(f, f->context(), id);
  ASSERT_NE(dialog.results_page(), nullptr);
  EXPECT_FALSE(dialog.results_page()->add_button()->IsShown());
}

}  // namespace
}  // namespace cdmype::testing_support
