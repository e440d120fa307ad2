// One figure of the month at a glance: a big number, its name, a detail line and progress to the
// goal.
#pragma once
#include <wx/panel.h>

#include <optional>

class wxGauge;
class wxStaticText;

namespace cdmype::ui {

class FigureTile : public wxPanel {
 public:
  FigureTile(wxWindow* parent, const wxString& title);

  // `goal_percent`: % of the annual goal reached so far; nullopt hides the bar.
  void set(const wxString& value, const wxString& detail,
           std::optional<double> goal_percent = std::nullopt,
           const wxString& goal_text = wxString());
  wxString value() const;

 private:
  wxStaticText* value_;
  wxStaticText* detail_;
  wxGauge* gauge_;
  wxStaticText* goal_;
};

}  // namespace cdmype::ui
