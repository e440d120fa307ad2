// Resizes the stretching column from the list's size events.
#include "ui/stretch_column.hpp"

#include <wx/listctrl.h>

#include <algorithm>

namespace cdmype::ui {

void stretch_column(wxListCtrl* list, int column, int min_width) {
  list->Bind(wxEVT_SIZE, [list, column, min_width](wxSizeEvent& event) {
    event.Skip();
    if (column < 0 || column >= list->GetColumnCount()) return;
    int others = 0;
    for (int i = 0; i < list->GetColumnCount(); ++i)
      if (i != column) others += list->GetColumnWidth(i);
    // Leave room for a vertical scroll bar so no horizontal one appears.
    const int free = list->GetClientSize().x - others - list->FromDIP(20);
    const int width = std::max(list->FromDIP(min_width), free);
    if (list->GetColumnWidth(column) != width) list->SetColumnWidth(column, width);
  });
}

}  // namespace cdmype::ui
