// draw_table: measuring rows, breaking pages, repeating the header, aligning numbers.
#include "report/pdf_table.hpp"

#include <algorithm>
#include <numeric>

#include "report/cp1252.hpp"

namespace cdmype::report {
namespace {

constexpr float k_pad_x = 5.0f;
constexpr float k_pad_y = 3.5f;
constexpr float k_line_factor = 1.25f;         // line height / font size
constexpr float k_keep_whole_height = 220.0f;  // about a dozen rows

// A row turned into wrapped CP1252 lines per cell, with its height.
struct LaidOutRow {
  std::vector<std::vector<std::string>> cells;
  float height = 0;
};

class TableLayout {
 public:
  TableLayout(PageFrame& frame, const Table& table, std::string_view caption)
      : frame_(frame), table_(table), caption_(caption) {
    const float total_weight =
        std::accumulate(table.columns.begin(), table.columns.end(), 0.0f,
                        [](float sum, const Column& c) { return sum + c.weight; });
    float x = frame.left();
    for (const auto& c : table.columns) {
      const float w = frame.content_width() * c.weight / total_weight;
      x_.push_back(x);
      widths_.push_back(w);
      x += w;
    }
    header_ = lay_out(titles(), FontStyle::Bold);
  }

  void draw() {
    std::vector<LaidOutRow> rows;
    rows.reserve(table_.rows.size());
    for (const auto& r : table_.rows) rows.push_back(lay_out(r, FontStyle::Regular));
    std::optional<LaidOutRow> totals;
    if (table_.totals) totals = lay_out(*table_.totals, FontStyle::Bold);

    const float first = !rows.empty() ? rows.front().height : totals ? totals->height : 0.0f;
    const float caption_height = caption_.empty() ? 0.0f : PageFrame::subtitle_height;
    float whole = caption_height + header_.height + (totals ? totals->height : 0.0f);
    for (const auto& r : rows) whole += r.height;
    // A short table moves to the next page whole rather than leave two rows
    // behind; a long one starts wherever its header and first row fit.
    frame_.ensure(whole <= k_keep_whole_height ? whole : caption_height + header_.height + first);
    if (!caption_.empty()) frame_.subtitle(caption_, 0.0f);
    draw_row(header_, FontStyle::Bold, style::header_fill);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      break_page_if_needed(rows[i].height);
      const bool zebra = i % 2 == 1;
      draw_row(rows[i], FontStyle::Regular,
               zebra ? std::optional(style::zebra_fill) : std::nullopt);
    }
    if (totals) {
      break_page_if_needed(totals->height);
      stroke_line(frame_.page(), frame_.left(), frame_.y(), frame_.right(), frame_.y(), 0.8f,
                  style::text);
      draw_row(*totals, FontStyle::Bold, std::nullopt);
    }
    stroke_line(frame_.page(), frame_.left(), frame_.y(), frame_.right(), frame_.y(), 0.5f,
                style::rule);
    frame_.move_down(10.0f);
  }

 private:
  std::vector<std::string> titles() const {
    std::vector<std::string> t;
    for (const auto& c : table_.columns) t.push_back(c.title);
    return t;
  }

  LaidOutRow lay_out(const std::vector<std::string>& cells, FontStyle font) {
    LaidOutRow row;
    std::size_t max_lines = 1;
    const HPDF_Font f = frame_.doc().font(font);
    for (std::size_t c = 0; c < widths_.size(); ++c) {
      const std::string text = c < cells.size() ? utf8_to_cp1252(cells[c]) : std::string();
      row.cells.push_back(
          wrap_text(frame_.page(), f, style::body_size, text, widths_[c] - 2 * k_pad_x));
      max_lines = std::max(max_lines, row.cells.back().size());
    }
    row.height = static_cast<float>(max_lines) * style::body_size * k_line_factor + 2 * k_pad_y;
    return row;
  }

  // Continues on a new page, repeating the header, when `height` won't fit.
  void break_page_if_needed(float height) {
    if (frame_.fits(height)) return;
    stroke_line(frame_.page(), frame_.left(), frame_.y(), frame_.right(), frame_.y(), 0.5f,
                style::rule);
    frame_.new_page();
    // Name the table again: on page 8 of 11 a bare header row says little.
    if (!caption_.empty()) frame_.subtitle(std::string(caption_) + " (continuación)", 0.0f);
    draw_row(header_, FontStyle::Bold, style::header_fill);
  }

  void draw_row(const LaidOutRow& row, FontStyle font, std::optional<Rgb> fill) {
    const HPDF_Page page = frame_.page();
    const float top = frame_.y();
    if (fill)
      fill_rect(page, frame_.left(), top - row.height, frame_.content_width(), row.height, *fill);
    const HPDF_Font f = frame_.doc().font(font);
    const float line_height = style::body_size * k_line_factor;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      // Baseline of the first line: top padding plus the font's cap height.
      float baseline = top - k_pad_y - style::body_size * 0.95f;
      for (const auto& line : row.cells[c]) {
        float x = x_[c] + k_pad_x;
        if (table_.columns[c].align == Align::Right)
          x = x_[c] + widths_[c] - k_pad_x - text_width(page, f, style::body_size, line);
        draw_text(page, f, style::body_size, x, baseline, line, style::text);
        baseline -= line_height;
      }
    }
    frame_.move_down(row.height);
  }

  PageFrame& frame_;
  const Table& table_;
  std::string_view caption_;
  std::vector<float> x_;
  std::vector<float> widths_;
  LaidOutRow header_;
};

}  // namespace

void draw_table(PageFrame& frame, const Table& table, std::string_view caption) {
  if (table.columns.empty()) return;
  TableLayout(frame, table, caption).draw();
  frame.doc().check();
}

}  // namespace cdmype::report
