// Layout primitives: cell wrapping by measured width, libharu errors as exceptions.
#include <gtest/gtest.h>

#include "report/cp1252.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_text.hpp"

namespace cdmype::report {
namespace {

class PdfLayout : public ::testing::Test {
 protected:
  PdfDocument doc_{PaperSize::A4};
  HPDF_Page page_ = doc_.add_page();
  HPDF_Font font_ = doc_.font(FontStyle::Regular);

  float width(const std::string& s) { return text_width(page_, font_, 9.0f, s); }
};

TEST_F(PdfLayout, WrapsAtSpacesWithinTheWidth) {
  const std::string text =
      utf8_to_cp1252("Asociación Cooperativa de Producción Agropecuaria Las Flores de Citalá");
  const auto lines = wrap_text(page_, font_, 9.0f, text, 120.0f);
  ASSERT_GE(lines.size(), 3u);
  std::string joined;
  for (const auto& line : lines) {
    EXPECT_LE(width(line), 120.0f) << line;
    EXPECT_NE(line.front(), ' ');
    joined += (joined.empty() ? "" : " ") + line;
  }
  EXPECT_EQ(joined, text);  // nothing lost, nothing cut
}

TEST_F(PdfLayout, CutsAWordWiderThanTheLineAndHonoursNewlines) {
  const std::string word(60, 'W');
  const auto lines = wrap_text(page_, font_, 9.0f, "ab " + word + " cd", 80.0f);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines.front(), "ab");
  std::string joined;
  for (const auto& line : lines) {
    EXPECT_LE(width(line), 80.0f) << line;
    joined += line;
  }
  // The word's last piece shares its line with what follows.
  EXPECT_EQ(joined, "ab" + word + " cd");
  EXPECT_EQ(wrap_text(page_, font_, 9.0f, "uno\ndos", 500.0f),
            (std::vector<std::string>{"uno", "dos"}));
  EXPECT_EQ(wrap_text(page_, font_, 9.0f, "", 50.0f), (std::vector<std::string>{""}));
}

TEST_F(PdfLayout, FitTextShortensWithAnEllipsis) {
  const std::string long_label = utf8_to_cp1252("Vinculación / coordinación interinstitucional");
  const std::string fitted = fit_text(page_, font_, 9.0f, long_label, 100.0f);
  EXPECT_LE(width(fitted), 100.0f);
  EXPECT_EQ(fitted.back(), '\x85');
  EXPECT_EQ(fit_text(page_, font_, 9.0f, "TIC", 100.0f), "TIC");
}

TEST_F(PdfLayout, LibharuErrorsBecomeExceptionsNotAborts) {
  HPDF_Page_SetFontAndSize(page_, font_, -3.0f);  // invalid size: libharu raises an error
  try {
    doc_.check();
    FAIL() << "expected PdfError";
  } catch (const PdfError& e) {
    EXPECT_EQ(e.code(), static_cast<unsigned long>(HPDF_PAGE_INVALID_FONT_SIZE));
    EXPECT_NE(std::string(e.what()).find("libharu"), std::string::npos);
  }
}

}  // namespace
}  // namespace cdmype::report
