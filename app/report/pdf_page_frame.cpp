// PageFrame: page breaks, running header on continuation pages, footers written at the end.
#include "report/pdf_page_frame.hpp"

#include "report/cp1252.hpp"

namespace cdmype::report {
namespace {
constexpr float k_top_margin = 42.0f;
constexpr float k_bottom_margin = 56.0f;  // room for the footer below
constexpr float k_footer_baseline = 30.0f;
constexpr float k_running_size = 8.0f;
}  // namespace

PageFrame::PageFrame(PdfDocument& doc, FrameText text) : doc_(doc), text_(std::move(text)) {
  new_page();
}

void PageFrame::new_page() {
  page_ = doc_.add_page();
  top_ = doc_.height() - k_top_margin;
  bottom_ = k_bottom_margin;
  y_ = top_;
  // The first page carries the full title block (drawn by the report);
  // the others get a one-line reminder of whose report this is.
  if (page_count() > 1) draw_running_header();
  page_start_ = y_;
}

void PageFrame::ensure(float height) {
  if (!fits(height) && y_ < top_ - 30.0f) new_page();
}

void PageFrame::draw_running_header() {
  const float baseline = y_ - k_running_size;
  text(left(), baseline, text_.running_left, FontStyle::Bold, k_running_size, style::muted);
  const float w = width(text_.running_right, FontStyle::Regular, k_running_size);
  text(right() - w, baseline, text_.running_right, FontStyle::Regular, k_running_size,
       style::muted);
  stroke_line(page_, left(), baseline - 5.0f, right(), baseline - 5.0f, 0.5f, style::rule);
  y_ = baseline - 18.0f;
}

float PageFrame::width(std::string_view utf8, FontStyle font, float size) {
  return text_width(page_, doc_.font(font), size, utf8_to_cp1252(utf8));
}

void PageFrame::text(float x, float baseline, std::string_view utf8, FontStyle font, float size,
                     Rgb color) {
  draw_text(page_, doc_.font(font), size, x, baseline, utf8_to_cp1252(utf8), color);
}

void PageFrame::paragraph(std::string_view utf8, float size, Rgb color) {
  const float line_height = size * 1.35f;
  const auto lines =
      wrap_text(page_, doc_.font(FontStyle::Regular), size, utf8_to_cp1252(utf8), content_width());
  for (const auto& line : lines) {
    ensure(line_height);
    draw_text(page_, doc_.font(FontStyle::Regular), size, left(), y_ - size, line, color);
    move_down(line_height);
  }
  move_down(size * 0.6f);
}

void PageFrame::section_title(std::string_view utf8, float keep_with) {
  constexpr float size = 12.5f;
  const float height = size + 14.0f;
  if (y_ < top_ - 1.0f) move_down(6.0f);  // breathing room unless at the top of a page
  ensure(height + keep_with);
  const float baseline = y_ - size;
  text(left(), baseline, utf8, FontStyle::Bold, size, style::accent);
  stroke_line(page_, left(), baseline - 5.0f, right(), baseline - 5.0f, 1.0f, style::accent);
  move_down(height);
}

void PageFrame::subtitle(std::string_view utf8, float keep_with) {
  constexpr float size = 10.0f;
  ensure(subtitle_height + keep_with);
  text(left(), y_ - size, utf8, FontStyle::Bold, size, style::text);
  move_down(subtitle_height);
}

void PageFrame::finish() {
  const auto& pages = doc_.pages();
  const std::string total = std::to_string(pages.size());
  const HPDF_Font font = doc_.font(FontStyle::Regular);
  constexpr float size = 8.0f;
  const std::string left_note = utf8_to_cp1252(text_.footer_left);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const HPDF_Page p = pages[i];
    stroke_line(p, left(), k_footer_baseline + 11.0f, right(), k_footer_baseline + 11.0f, 0.5f,
                style::rule);
    draw_text(p, font, size, left(), k_footer_baseline, left_note, style::muted);
    const std::string number = utf8_to_cp1252("Página " + std::to_string(i + 1) + " de " + total);
    const float w = text_width(p, font, size, number);
    draw_text(p, font, size, right() - w, k_footer_baseline, number, style::muted);
  }
  doc_.check();
}

}  // namespace cdmype::report
