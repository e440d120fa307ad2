// Column widths of a list remembered between runs (wxPersistenceManager, one key per list).
#pragma once
#include <wx/string.h>

class wxListCtrl;

namespace cdmype::ui {

// Restores the widths saved under `key` (a stable ASCII name such as "providers", never a
// translated title) and saves them each time the person drags a column border.
void remember_columns(wxListCtrl* list, const wxString& key);

}  // namespace cdmype::ui
