// The report's page frame: margins, running header, a top-down cursor, page breaks, footers.
#pragma once
#include <string>
#include <string_view>

#include "report/pdf_document.hpp"
#include "report/pdf_text.hpp"

namespace cdmype::report {

// Colours and sizes shared by every part of the report, so tables, charts
// and headings look like one document.
namespace style {
inline constexpr Rgb text{0.13f, 0.13f, 0.13f};
inline constexpr Rgb muted{0.40f, 0.40f, 0.40f};
inline constexpr Rgb accent{0.12f, 0.30f, 0.55f};
inline constexpr Rgb rule{0.70f, 0.70f, 0.70f};
inline constexpr Rgb header_fill{0.86f, 0.90f, 0.95f};
inline constexpr Rgb zebra_fill{0.96f, 0.97f, 0.98f};
inline constexpr float body_size = 9.0f;
}  // namespace style

// Strings of the frame, UTF-8.
struct FrameText {
  std::string running_left;   // "CDMYPE Chalatenango"
  std::string running_right;  // "Informe mensual — octubre 2026"
  std::string footer_left;    // "Generado el 03/11/2026 10:15"
};

// Content flows from the top of the first page down; whoever draws asks
// for room first (ensure) and the frame starts a new page when needed.
// PDF y grows upwards: y() is the top of the remaining free space.
class PageFrame {
 public:
  PageFrame(PdfDocument& doc, FrameText text);

  PdfDocument& doc() { return doc_; }
  HPDF_Page page() const { return page_; }
  int page_count() const { return static_cast<int>(doc_.pages().size()); }

  float left() const { return margin_x_; }
  float right() const { return doc_.width() - margin_x_; }
  float content_width() const { return right() - left(); }
  float y() const { return y_; }
  float space_left() const { return y_ - bottom_; }
  bool fits(float height) const { return height <= space_left(); }
  // Nothing drawn on this page yet below its running header.
  bool at_page_start() const { return y_ >= page_start_; }

  void move_down(float height) { y_ -= height; }
  // Starts a new page unless `height` points still fit on this one.
  void ensure(float height);
  void new_page();

  // UTF-8 text helpers on the current page.
  float width(std::string_view utf8, FontStyle font, float size);
  void text(float x, float baseline, std::string_view utf8, FontStyle font, float size,
            Rgb color = style::text);
  // Wrapped paragraph at the cursor, full content width.
  void paragraph(std::string_view utf8, float size = style::body_size, Rgb color = style::text);
  // "1. Empresas atendidas": kept with `keep_with` points of what follows.
  void section_title(std::string_view utf8, float keep_with = 90.0f);
  // "Por sector": a table's caption, kept with `keep_with` points.
  void subtitle(std::string_view utf8, float keep_with = 50.0f);
  static constexpr float subtitle_height = 17.0f;

  // Writes "Página X de Y" and the generation note on every page; call once,
  // after the last content (the total is known only then).
  void finish();

 private:
  void draw_running_header();

  PdfDocument& doc_;
  FrameText text_;
  HPDF_Page page_ = nullptr;
  float margin_x_ = 50.0f;
  float top_ = 0;
  float bottom_ = 0;
  float y_ = 0;
  float page_start_ = 0;
};

}  // namespace cdmype::report
