// Step buttons follow core's available_actions, so the screen never offers what the service refuses
// by role or state.
#include "ui/at_step_bar.hpp"

#include <wx/button.h>
#include <wx/sizer.h>

#include <algorithm>

#include "ui/at_steps.hpp"

namespace cdmype::ui {

AtStepBar::AtStepBar(wxWindow* parent, const std::vector<AtAction>& steps)
    : wxPanel(parent), order_(steps) {
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  for (const AtAction step : steps) {
    auto* b = new wxButton(this, wxID_ANY, at_step_label(step));
    b->SetToolTip(at_step_help(step));
    b->Bind(wxEVT_BUTTON, [this, step](wxCommandEvent&) {
      if (step_) step_(step);
    });
    sizer->Add(b, 0, wxRIGHT, 6);
    b->Hide();
    buttons_[step] = b;
  }
  SetSizer(sizer);
}

void AtStepBar::show_for(const Actor& actor, const std::optional<TechnicalAssistance>& at) {
  const std::vector<AtAction> now = at ? available_actions(actor, *at) : std::vector<AtAction>{};
  for (auto& [step, b] : buttons_) b->Show(std::find(now.begin(), now.end(), step) != now.end());
  Layout();
  if (GetParent()) GetParent()->Layout();
}

wxButton* AtStepBar::button(AtAction step) const {
  const auto it = buttons_.find(step);
  return it == buttons_.end() ? nullptr : it->second;
}

std::vector<AtAction> AtStepBar::shown() const {
  std::vector<AtAction> out;
  for (const AtAction step : order_)
    if (buttons_.at(step)->IsShown()) out.push_back(step);
  return out;
}

}  // namespace cdmype::ui
