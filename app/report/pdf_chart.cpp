// draw_bar_chart: scale with "nice" grid steps, label column, bars and values.
#include "report/pdf_chart.hpp"

#include <algorithm>

#include "report/cp1252.hpp"
#include "report/report_format.hpp"

namespace cdmype::report {
namespace {

constexpr float k_bar_height = 11.0f;
constexpr float k_bar_gap = 5.0f;
constexpr float k_label_size = 8.5f;
constexpr float k_title_size = 10.0f;

// Smallest of 1, 2, 2.5, 5 × 10^k that is >= max/4, so the axis has at most
// four or five readable round steps.
std::int64_t grid_step(std::int64_t max_value) {
  if (max_value <= 4) return 1;
  std::int64_t magnitude = 1;
  while (magnitude * 10 <= max_value / 4) magnitude *= 10;
  for (const std::int64_t m : {1, 2, 5, 10}) {
    const std::int64_t step = m * magnitude;
    if (step * 4 >= max_value) return step;
  }
  return 10 * magnitude;
}

}  // namespace

void draw_bar_chart(PageFrame& frame, const std::string& title, const std::vector<Bar>& bars) {
  if (bars.empty()) return;
  const float height =
      k_title_size + 10.0f + static_cast<float>(bars.size()) * (k_bar_height + k_bar_gap) + 22.0f;
  frame.ensure(height);
  const HPDF_Page page = frame.page();
  const HPDF_Font regular = frame.doc().font(FontStyle::Regular);

  frame.text(frame.left(), frame.y() - k_title_size, title, FontStyle::Bold, k_title_size);
  frame.move_down(k_title_size + 10.0f);

  // An axis from 0 to 1 with empty bars says nothing; say so in words.
  if (std::all_of(bars.begin(), bars.end(), [](const Bar& b) { return b.value <= 0; })) {
    frame.paragraph("Sin datos que graficar en el mes.", 8.5f, style::muted);
    return;
  }

  // Label column as wide as the longest label, at most 42 % of the width.
  float label_width = 0;
  for (const auto& b : bars)
    label_width = std::max(label_width, frame.width(b.label, FontStyle::Regular, k_label_size));
  label_width = std::min(label_width + 8.0f, frame.content_width() * 0.42f);

  const std::int64_t max_value =
      std::max<std::int64_t>(1, std::max_element(bars.begin(), bars.end(), [](auto& a, auto& b) {
                                  return a.value < b.value;
                                })->value);
  const std::int64_t step = grid_step(max_value);
  const std::int64_t axis_max = (max_value + step - 1) / step * step;
  const float x0 = frame.left() + label_width;
  const float plot_width = frame.content_width() - label_width - 40.0f;  // room for values
  const float top = frame.y();
  const float plot_height = static_cast<float>(bars.size()) * (k_bar_height + k_bar_gap);
  const float bottom = top - plot_height;

  // Grid lines and their values under the axis.
  for (std::int64_t v = 0; v <= axis_max; v += step) {
    const float x = x0 + plot_width * static_cast<float>(v) / static_cast<float>(axis_max);
    stroke_line(page, x, top, x, bottom, v == 0 ? 0.8f : 0.3f, v == 0 ? style::muted : style::rule);
    const std::string label = format_count(v);
    const float w = text_width(page, regular, 7.0f, label);
    draw_text(page, regular, 7.0f, x - w / 2, bottom - 9.0f, label, style::muted);
  }

  float y = top - k_bar_gap / 2;
  for (const auto& b : bars) {
    const std::string label =
        fit_text(page, regular, k_label_size, utf8_to_cp1252(b.label), label_width - 8.0f);
    draw_text(page, regular, k_label_size, frame.left(), y - k_bar_height + 2.5f, label,
              style::text);
    const float w = plot_width * static_cast<float>(std::max<std::int64_t>(0, b.value)) /
                    static_cast<float>(axis_max);
    if (w > 0) fill_rect(page, x0, y - k_bar_height, w, k_bar_height, b.color);
    // The value sits on a white patch so a grid line never runs through it.
    const std::string value = format_count(b.value);
    const float vw = text_width(page, regular, k_label_size, value);
    fill_rect(page, x0 + w + 2.0f, y - k_bar_height, vw + 4.0f, k_bar_height, Rgb{1.0f, 1.0f, 1.0f});
    draw_text(page, regular, k_label_size, x0 + w + 4.0f, y - k_bar_height + 2.5f, value,
              style::text);
    y -= k_bar_height + k_bar_gap;
  }
  frame.move_down(plot_height + 22.0f);
  frame.doc().check();
}

}  // namespace cdmype::report
