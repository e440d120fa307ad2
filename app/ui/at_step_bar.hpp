// A row of buttons for the steps of the selected AT; only the steps the person may take now show.
#pragma once
#include <wx/panel.h>

#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "core/at_transitions.hpp"

class wxButton;

namespace cdmype::ui {

class AtStepBar : public wxPanel {
 public:
  // One button per step in `steps` (in that order), hidden until it is available.
  AtStepBar(wxWindow* parent, const std::vector<AtAction>& steps);

  // Shows the buttons of the steps `actor` may take on `at` (none without an AT).
  void show_for(const Actor& actor, const std::optional<TechnicalAssistance>& at);
  void on_step(std::function<void(AtAction)> callback) { step_ = std::move(callback); }

  // The button of `step`, or null when the bar has none.
  wxButton* button(AtAction step) const;
  // The steps whose buttons show now.
  std::vector<AtAction> shown() const;

 private:
  std::map<AtAction, wxButton*> buttons_;
  std::vector<AtAction> order_;
  std::function<void(AtAction)> step_;
};

}  // namespace cdmype::ui
