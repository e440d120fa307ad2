// Measuring, wrapping and drawing text and shapes on a libharu page.
#include "report/pdf_text.hpp"

#include <algorithm>

namespace cdmype::report {

float text_width(HPDF_Page page, HPDF_Font font, float size, const std::string& text) {
  // Each SetFontAndSize writes a Tf operator into the page: only when it changes.
  if (HPDF_Page_GetCurrentFont(page) != font || HPDF_Page_GetCurrentFontSize(page) != size)
    HPDF_Page_SetFontAndSize(page, font, size);
  return HPDF_Page_TextWidth(page, text.c_str());
}

void draw_text(HPDF_Page page, HPDF_Font font, float size, float x, float y,
               const std::string& text, Rgb color) {
  if (text.empty()) return;
  HPDF_Page_BeginText(page);
  if (HPDF_Page_GetCurrentFont(page) != font || HPDF_Page_GetCurrentFontSize(page) != size)
    HPDF_Page_SetFontAndSize(page, font, size);
  HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
  HPDF_Page_TextOut(page, x, y, text.c_str());
  HPDF_Page_EndText(page);
}

namespace {

// Appends `word` to `lines`, cutting it between characters wherever it is
// wider than a line; the last piece stays open in `current`.
void place_long_word(HPDF_Page page, HPDF_Font font, float size, const std::string& word,
                     float max_width, std::vector<std::string>& lines, std::string& current) {
  for (char c : word) {
    std::string candidate = current + c;
    if (!current.empty() && text_width(page, font, size, candidate) > max_width) {
      lines.push_back(current);
      current = std::string(1, c);
    } else {
      current = std::move(candidate);
    }
  }
}

void wrap_paragraph(HPDF_Page page, HPDF_Font font, float size, const std::string& text,
                    float max_width, std::vector<std::string>& lines) {
  std::string current;
  std::size_t i = 0;
  while (i <= text.size()) {
    const std::size_t end = std::min(text.find(' ', i), text.size());
    const std::string word = text.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;  // runs of spaces
    const std::string candidate = current.empty() ? word : current + " " + word;
    if (text_width(page, font, size, candidate) <= max_width) {
      current = candidate;
      continue;
    }
    if (!current.empty()) {
      lines.push_back(current);
      current.clear();
    }
    if (text_width(page, font, size, word) <= max_width)
      current = word;
    else
      place_long_word(page, font, size, word, max_width, lines, current);
  }
  lines.push_back(current);
}

}  // namespace

std::vector<std::string> wrap_text(HPDF_Page page, HPDF_Font font, float size,
                                   const std::string& text, float max_width) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t nl = text.find('\n', start);
    wrap_paragraph(page, font, size, text.substr(start, nl - start), max_width, lines);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

std::string fit_text(HPDF_Page page, HPDF_Font font, float size, const std::string& text,
                     float max_width) {
  if (text_width(page, font, size, text) <= max_width) return text;
  const std::string ellipsis = "\x85";  // "…" in CP1252
  std::string s = text;
  while (!s.empty() && text_width(page, font, size, s + ellipsis) > max_width) s.pop_back();
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s + ellipsis;
}

void fill_rect(HPDF_Page page, float x, float y, float w, float h, Rgb color) {
  HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
  HPDF_Page_Rectangle(page, x, y, w, h);
  HPDF_Page_Fill(page);
}

void stroke_line(HPDF_Page page, float x1, float y1, float x2, float y2, float width, Rgb color) {
  HPDF_Page_SetLineWidth(page, width);
  HPDF_Page_SetRGBStroke(page, color.r, color.g, color.b);
  HPDF_Page_MoveTo(page, x1, y1);
  HPDF_Page_LineTo(page, x2, y2);
  HPDF_Page_Stroke(page);
}

}  // namespace cdmype::report
