// The Empresas screen: count, accent-insensitive type-ahead search, filters and column sorting.
#include <wx/choice.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <algorithm>

#include "core/spanish_collation.hpp"
#include "services/workspace.hpp"
#include "ui/enterprise_filter_bar.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class EnterpriseListTest : public UiTest {
 protected:
  ui::EnterprisesPanel* panel() {
    auto* f = open_main_frame();
    f->show_screen(ui::Screen::Empresas);
    pump(50);
    return f->enterprises();
  }
};

TEST_F(EnterpriseListTest, ShowsEveryEnterpriseAndTheCount) {
  auto* p = panel();
  EXPECT_EQ(p->list()->count(), enterprise_count);
  EXPECT_EQ(p->list()->GetItemCount(), enterprise_count);
  EXPECT_EQ(p->count_label()->GetLabel().utf8_string(), "40 empresas");
  EXPECT_EQ(p->list()->cell(0, 0).utf8_string().rfind("CH-", 0), 0u);
  screenshot(frame, "05-empresas");
}

TEST_F(EnterpriseListTest, TypingPenaFindsPenaAfterThePause) {
  auto* p = panel();
  p->search()->SetValue(wxString::FromUTF8("pena"));  // like typing: wxEVT_TEXT, timer starts
  EXPECT_EQ(p->list()->count(), enterprise_count);    // not yet: debounced
  ASSERT_TRUE(wait_until([&] { return p->list()->count() == 3; }))
      << "count " << p->list()->count();
  for (long i = 0; i < 3; ++i) {
    const std::string row =
        p->list()->cell(i, 1).utf8_string() + " " + p->list()->cell(i, 2).utf8_string();
    EXPECT_NE(row.find("Peña"), std::string::npos) << row;
  }
  EXPECT_EQ(p->count_label()->GetLabel().utf8_string(), "3 empresas");
  screenshot(frame, "06-empresas-busqueda-pena");

  p->search()->SetValue(wxString());
  p->flush_search();
  EXPECT_EQ(p->list()->count(), enterprise_count);
}

TEST_F(EnterpriseListTest, FiltersNarrowTheList) {
  auto* p = panel();
  p->filters()->zona()->SetSelection(1);  // Rural
  wxCommandEvent e(wxEVT_CHOICE, p->filters()->zona()->GetId());
  e.SetEventObject(p->filters()->zona());
  p->filters()->zona()->GetEventHandler()->ProcessEvent(e);
  EXPECT_GT(p->list()->count(), 0);
  EXPECT_LT(p->list()->count(), enterprise_count);
}

TEST_F(EnterpriseListTest, ClickingAColumnSortsAndASecondClickReverses) {
  auto* p = panel();
  auto* list = p->list();
  wxListEvent click_header(wxEVT_LIST_COL_CLICK, list->GetId());
  click_header.SetEventObject(list);
  click_header.m_col = 1;  // Nombre
  list->GetEventHandler()->ProcessEvent(click_header);
  EXPECT_EQ(list->order().by, store::EnterpriseSort::Nombre);
  const std::string first = list->cell(0, 1).utf8_string();
  EXPECT_EQ(first.rfind("Artesanías", 0), 0u) << first;
  list->GetEventHandler()->ProcessEvent(click_header);
  EXPECT_TRUE(list->order().descending);
  const std::string reversed = list->cell(0, 1).utf8_string();
  EXPECT_EQ(reversed.rfind("Textiles", 0), 0u) << reversed;
}

// Issue 13: names in Spanish order, as a reader expects: accents and case
// do not move a name, Ñ after N. The screenshot shows the top of the list.
TEST_F(EnterpriseListTest, SortingByNameIsSpanishOrder) {
  {
    auto ws = services::Workspace::open(source);
    auto model = *ws.enterprises().get(
        accounts.directora, ws.enterprises().page(accounts.directora, {}, {}, 1, 0).front().id);
    std::vector<Enterprise> more;
    for (const char* nombre :
         {"Ñandú Tours", "álvarez e hijos", "Ágape Lácteos", "ana María Boutique",
          "Ana María Cosméticos", "Nube Azul Café", "Oro de Citalá", "Zapatería Ñuñoa",
          "Abarrotes Peña", "Álvarez Panadería"}) {
      Enterprise e = model;
      e.meta = {};
      e.codigo.clear();
      e.nombre = nombre;
      more.push_back(e);
    }
    ws.imports().import_enterprises(accounts.directora, more);
  }
  auto* p = panel();
  auto* list = p->list();
  list->requery();
  list->sort_by_column(1);  // Nombre, ascending
  std::vector<std::string> shown;
  for (long i = 0; i < list->count(); ++i) shown.push_back(list->cell(i, 1).utf8_string());
  auto expected = shown;
  sort_spanish(expected);
  EXPECT_EQ(shown, expected);
  const auto at = [&](const std::string& name) {
    return std::find(shown.begin(), shown.end(), name) - shown.begin();
  };
  EXPECT_EQ(at("Abarrotes Peña"), 0);
  EXPECT_LT(at("Ágape Lácteos"), at("álvarez e hijos"));
  EXPECT_LT(at("álvarez e hijos"), at("Álvarez Panadería"));
  EXPECT_EQ(at("ana María Boutique") + 1, at("Ana María Cosméticos"));
  EXPECT_LT(at("Nube Azul Café"), at("Ñandú Tours"));
  EXPECT_LT(at("Ñandú Tours"), at("Oro de Citalá"));
  EXPECT_EQ(at("Zapatería Ñuñoa"), static_cast<long>(shown.size()) - 1);
  list->EnsureVisible(0);
  screenshot(frame, "05c-empresas-orden-espanol");
  list->sort_by_column(1);  // descending: the reverse
  EXPECT_EQ(list->cell(0, 1).utf8_string(), "Zapatería Ñuñoa");
  EXPECT_EQ(list->cell(list->count() - 1, 1).utf8_string(), "Abarrotes Peña");
}

// Past row EnterprisePageCache::kDeepFrom the list reads its ordered ids once
// and every page by id: scrolling to the bottom of 1,540 files sorted by
// nombre descending must show exactly the files the service puts there.
TEST_F(EnterpriseListTest, ScrollingFarDownShowsTheRowsOfThatDepth) {
  {
    auto ws = services::Workspace::open(source);
    auto model = *ws.enterprises().get(
        accounts.directora, ws.enterprises().page(accounts.directora, {}, {}, 1, 0).front().id);
    std::vector<Enterprise> more;
    for (int i = 0; i < 1500; ++i) {
      Enterprise e = model;
      e.meta = {};
      e.codigo.clear();
      e.nombre = "Tienda Niño " + std::to_string(10000 + i);
      more.push_back(e);
    }
    ws.imports().import_enterprises(accounts.directora, more);
  }
  auto* p = panel();
  auto* list = p->list();
  list->requery();
  ASSERT_EQ(list->count(), enterprise_count + 1500);
  list->sort_by_column(1);
  list->sort_by_column(1);  // nombre, descending
  const long last = static_cast<long>(list->count()) - 1;
  list->EnsureVisible(last);
  pump(100);
  auto ws = services::Workspace::open(source);
  const auto ids =
      ws.enterprises().ordered_ids(accounts.directora, {}, {store::EnterpriseSort::Nombre, true});
  ASSERT_EQ(static_cast<long>(ids.size()), last + 1);
  for (const long row : {last, last - 1, 1200L, 999L}) {
    const auto expected = ws.enterprises().get(accounts.directora, ids[row])->nombre;
    EXPECT_EQ(list->cell(row, 1).utf8_string(), expected) << "fila " << row;
  }
  EXPECT_EQ(list->cache().id_loads(), 1);
  EXPECT_EQ(list->cell(0, 1).utf8_string(), "Tienda Niño 11499");  // back at the top, same ids
  screenshot(frame, "05b-empresas-al-final");
}

}  // namespace
}  // namespace cdmype::testing_support
