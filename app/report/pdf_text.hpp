// Text and shape primitives on a libharu page: measuring, wrapping, drawing (CP1252 strings).
#pragma once
#include <hpdf.h>

#include <string>
#include <string_view>
#include <vector>

namespace cdmype::report {

struct Rgb {
  float r = 0, g = 0, b = 0;
};

// Width in points of CP1252 `text` in `font` at `size` (HPDF_Page_TextWidth).
float text_width(HPDF_Page page, HPDF_Font font, float size, const std::string& text);

// Draws CP1252 `text` with its baseline starting at (x, y).
void draw_text(HPDF_Page page, HPDF_Font font, float size, float x, float y,
               const std::string& text, Rgb color = {});

// Splits CP1252 `text` into lines no wider than `max_width`: breaks at
// spaces, honours '\n', and cuts a word wider than the line between
// characters (HPDF_Page_TextRect would cut it off instead). Never empty.
std::vector<std::string> wrap_text(HPDF_Page page, HPDF_Font font, float size,
                                   const std::string& text, float max_width);

// Shortens CP1252 `text` with "…" until it fits `max_width` (chart labels).
std::string fit_text(HPDF_Page page, HPDF_Font font, float size, const std::string& text,
                     float max_width);

void fill_rect(HPDF_Page page, float x, float y, float w, float h, Rgb color);
void stroke_line(HPDF_Page page, float x1, float y1, float x2, float y2, float width, Rgb color);

}  // namespace cdmype::report
