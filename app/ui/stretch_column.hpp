// Lets one column of a report list take the width the others leave free (no autosizing over rows).
#pragma once

class wxListCtrl;

namespace cdmype::ui {

// Whenever `list` is resized, `column` gets the client width minus the other
// columns' widths, never less than `min_width` (device-independent pixels).
void stretch_column(wxListCtrl* list, int column, int min_width);

}  // namespace cdmype::ui
