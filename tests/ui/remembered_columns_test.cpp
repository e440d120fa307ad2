// Column widths: a width dragged in a list is there again the next time the window opens.
#include <wx/listctrl.h>

#include "ui/main_frame.hpp"
#include "ui/text_table.hpp"
#include "ui/trainings_panel.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class RememberedColumnsTest : public UiTest {
 protected:
  // What the list does when the person releases a column border after dragging it.
  static void drag_column(wxListCtrl* list, int column, int width) {
    list->SetColumnWidth(column, width);
    wxListEvent end(wxEVT_LIST_COL_END_DRAG, list->GetId());
    end.SetEventObject(list);
    end.SetColumn(column);
    list->GetEventHandler()->ProcessEvent(end);
    pump(50);
  }
};

TEST_F(RememberedColumnsTest, TrainingColumnWidthSurvivesReopening) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Capacitaciones);
  ASSERT_NE(f->trainings(), nullptr);
  const int wider = f->trainings()->table()->GetColumnWidth(0) + 57;
  drag_column(f->trainings()->table(), 0, wider);
  f->Destroy();
  frame = nullptr;
  pump(50);

  auto* again = open_main_frame();
  again->show_screen(ui::Screen::Capacitaciones);
  EXPECT_EQ(again->trainings()->table()->GetColumnWidth(0), wider);
  // Another list keeps its own widths.
  EXPECT_NE(again->trainings()->attendee_table()->GetColumnWidth(0), wider);
}

}  // namespace
}  // namespace cdmype::testing_support
