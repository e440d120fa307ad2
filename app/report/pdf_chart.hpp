// Horizontal bar charts drawn with libharu primitives (labels, scale, values).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "report/pdf_page_frame.hpp"

namespace cdmype::report {

struct Bar {
  std::string label;  // UTF-8
  std::int64_t value = 0;
  Rgb color = style::accent;
};

// Draws `title` and one bar per entry at the frame's cursor, kept on one
// page: labels on the left (shortened with "…" if too long), bars scaled to
// a rounded maximum with light grid lines, the value after each bar.
void draw_bar_chart(PageFrame& frame, const std::string& title, const std::vector<Bar>& bars);

}  // namespace cdmype::report
