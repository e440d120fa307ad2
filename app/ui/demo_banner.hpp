// The strip across the top of the main window that says the data is a demonstration.
#pragma once
#include <wx/panel.h>

namespace cdmype::ui {

class DemoBanner : public wxPanel {
 public:
  explicit DemoBanner(wxWindow* parent);
};

}  // namespace cdmype::ui
