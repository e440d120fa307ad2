// Bar chart painting: a label column sized to the longest label, bars scaled to the largest value.
#include "ui/bar_chart.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

#include "ui/i18n.hpp"

namespace cdmype::ui {
namespace {
constexpr int kRowHeight = 22;
constexpr int kPad = 10;
}  // namespace

BarChart::BarChart(wxWindow* parent, const wxString& title)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME), title_(title) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetName(title);
  Bind(wxEVT_PAINT, &BarChart::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void BarChart::set_bars(std::vector<Bar> bars) {
  bars_ = std::move(bars);
  InvalidateBestSize();
  Refresh();
}

wxSize BarChart::DoGetBestClientSize() const {
  const int rows = std::max<int>(1, static_cast<int>(bars_.size()));
  return FromDIP(wxSize(320, kPad * 3 + kRowHeight * (rows + 1)));
}

void BarChart::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  dc.SetBackground(wxBrush(wxColour(250, 250, 250)));
  dc.Clear();
  const wxSize size = GetClientSize();
  const int pad = FromDIP(kPad);
  const int row = FromDIP(kRowHeight);

  wxFont bold = GetFont();
  bold.SetWeight(wxFONTWEIGHT_BOLD);
  dc.SetFont(bold);
  dc.SetTextForeground(wxColour(50, 50, 50));
  dc.DrawText(title_, pad, pad);
  dc.SetFont(GetFont());

  if (bars_.empty()) {
    dc.SetTextForeground(wxColour(110, 110, 110));
    dc.DrawText(_("Sin datos en el mes"), pad, pad + row + 4);
    return;
  }
  int label_width = 0;
  std::int64_t max_value = 1;
  for (const auto& [label, value] : bars_) {
    label_width = std::max(label_width, dc.GetTextExtent(label).x);
    max_value = std::max(max_value, value);
  }
  const int value_width = dc.GetTextExtent(wxString::FromUTF8("00000")).x;
  const int bar_left = pad + label_width + pad;
  const int bar_space = std::max(10, size.x - bar_left - value_width - 2 * pad);
  int y = pad + row + 4;
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(wxColour(0, 112, 186)));
  for (const auto& [label, value] : bars_) {
    const int text_y = y + (row - dc.GetCharHeight()) / 2;
    dc.SetTextForeground(wxColour(50, 50, 50));
    dc.DrawText(label, pad, text_y);
    const int width = static_cast<int>(bar_space * value / max_value);
    dc.DrawRectangle(bar_left, y + 4, std::max(width, value > 0 ? 2 : 0), row - 8);
    dc.DrawText(wxString::Format(wxString::FromUTF8("%lld"), static_cast<long long>(value)),
                bar_left + width + 6, text_y);
    y += row;
  }
}

}  // namespace cdmype::ui
