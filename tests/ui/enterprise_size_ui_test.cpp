// Tamaño on screen: the editor recomputes it as sales and staff are typed, the list shows it,
// and Configuración → Salario mínimo lists the dated wages and adds one.
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <set>

#include "core/enterprise_size.hpp"
#include "services/workspace.hpp"
#include "ui/date_field.hpp"
#include "ui/distrito_picker.hpp"
#include "ui/enterprise_data_page.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui/minimum_wage_page.hpp"
#include "ui/settings_panel.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

wxString u8(const char* s) { return wxString::FromUTF8(s); }

class EnterpriseSizeUiTest : public UiTest {
 protected:
  // The reform's categories show from 16/03/2026; the screens use today.
  static bool reform_today() { return today() >= Date(2026, 3, 16); }
  static std::string micro(const char* categoria) {
    return reform_today() ? std::string("Micro (") + categoria + ")" : "Micro";
  }
};

TEST_F(EnterpriseSizeUiTest, TheEditorShowsSizeAndCategoryAsYouType) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Empresas);
  ui::EnterpriseDialog dialog(f, f->context(), std::nullopt);
  dialog.Show();
  auto* data = dialog.data_page();
  EXPECT_EQ(data->tamano()->GetLabel().utf8_string(), "Sin datos");

  data->nombre()->SetValue(u8("Dulces Ñandú de Citalá"));
  ASSERT_TRUE(data->distrito()->select_name("Citalá"));
  data->empleadas()->SetValue(2);
  data->ventas()->SetValue(u8("23301.60"));  // 57 × $408.80, 2 workers
  EXPECT_EQ(data->tamano()->GetLabel().utf8_string(), micro("subsistencia"));
  data->empleados()->SetValue(1);
  data->ventas()->SetValue(u8("50000.00"));  // 122 wages, 3 workers
  EXPECT_EQ(data->tamano()->GetLabel().utf8_string(), micro("acumulación"));
  screenshot(&dialog, "enterprise-size-editor");
  data->ventas()->SetValue(u8("204400.01"));  // a cent above 500 wages
  EXPECT_EQ(data->tamano()->GetLabel().utf8_string(), "Pequeña");
  data->ventas()->SetValue(u8("2044000.01"));
  EXPECT_EQ(data->tamano()->GetLabel().utf8_string(), "Fuera de rango");
  data->empleadas()->SetValue(0);
  data->empleados()->SetValue(0);
  data->ventas()->SetValue(wxString());
  EXPECT_EQ(data->tamano()->GetLabel().utf8_string(), "Sin datos");
}

TEST_F(EnterpriseSizeUiTest, TheListHasATamanoColumn) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Empresas);
  auto* list = f->enterprises()->list();
  ASSERT_EQ(list->GetColumnCount(), 8);
  std::set<std::string> shown;
  for (long i = 0; i < list->count(); ++i) shown.insert(list->cell(i, 7).utf8_string());
  EXPECT_TRUE(shown.contains("Sin datos"));
  EXPECT_TRUE(shown.contains(micro("subsistencia")));
  EXPECT_TRUE(shown.contains(micro("acumulación")));
  EXPECT_TRUE(shown.contains("Pequeña"));
  // A header without an SQL order does nothing (no sort indicator, same rows).
  const std::string first = list->cell(0, 0).utf8_string();
  list->sort_by_column(7);
  EXPECT_EQ(list->cell(0, 0).utf8_string(), first);
  f->SetSize(f->FromDIP(wxSize(1600, 900)));  // wide enough for every column
  pump();
  screenshot(f, "enterprise-size-list");
}

TEST_F(EnterpriseSizeUiTest, DirectorAddsAMinimumWage) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Configuracion);
  auto* s = f->settings();
  ASSERT_NE(s, nullptr);
  auto* page = s->minimum_wage();
  ASSERT_NE(page, nullptr);
  s->book()->SetSelection(static_cast<size_t>(s->book()->FindPage(page)));
  pump();
  ASSERT_EQ(page->wages()->rows().size(), 2u);
  EXPECT_EQ(page->wages()->rows()[0][1].utf8_string(), "$408.80");  // newest first
  EXPECT_NE(page->in_force()->GetLabel().utf8_string().find("$408.80"), std::string::npos);

  page->desde()->SetValue(u8("01/01/2027"));
  page->monto()->SetValue(u8("425.00"));
  page->nota()->SetValue(u8("Decreto de prueba (Peña)"));
  EXPECT_TRUE(page->add_wage());
  ASSERT_EQ(page->wages()->rows().size(), 3u);
  EXPECT_EQ(page->wages()->rows()[0][0].utf8_string(), "01/01/2027");
  EXPECT_EQ(page->wages()->rows()[0][2].utf8_string(), "Decreto de prueba (Peña)");
  screenshot(f, "minimum-wage-page");

  // The same date again is refused with the service's message, nothing added.
  page->desde()->SetValue(u8("01/01/2027"));
  page->monto()->SetValue(u8("430.00"));
  EXPECT_FALSE(page->add_wage());
  ASSERT_FALSE(shown_errors().empty());
  EXPECT_NE(shown_errors().back().find("01/01/2027"), std::string::npos) << shown_errors().back();
  EXPECT_EQ(page->wages()->rows().size(), 3u);
}

}  // namespace
}  // namespace cdmype::testing_support
