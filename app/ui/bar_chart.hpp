// A small horizontal bar chart (label, bar, value) drawn by hand for the Inicio screen.
#pragma once
#include <wx/window.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace cdmype::ui {

class BarChart : public wxWindow {
 public:
  BarChart(wxWindow* parent, const wxString& title);

  using Bar = std::pair<wxString, std::int64_t>;
  // Bars in the order given; an empty list draws "Sin datos en el mes".
  void set_bars(std::vector<Bar> bars);
  const std::vector<Bar>& bars() const { return bars_; }

 private:
  void on_paint(wxPaintEvent& event);
  wxSize DoGetBestClientSize() const override;

  wxString title_;
  std::vector<Bar> bars_;
};

}  // namespace cdmype::ui
