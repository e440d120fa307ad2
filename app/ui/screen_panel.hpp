// The common face of a main-window screen: a panel that reloads its data when shown or on F5.
#pragma once
#include <wx/panel.h>

namespace cdmype::ui {

class ScreenPanel : public wxPanel {
 public:
  using wxPanel::wxPanel;
  // Reads its data again from the services (errors shown by the caller's guard).
  virtual void reload() = 0;
};

}  // namespace cdmype::ui
