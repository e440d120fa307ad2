// The Empresas screen: count, accent-insensitive type-ahead search, filters and column sorting.
#include <wx/choice.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

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

}  // namespace
}  // namespace cdmype::testing_support
