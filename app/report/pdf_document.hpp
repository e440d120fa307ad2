// RAII libharu document: paper size, base-14 Helvetica, pages, libharu errors as exceptions.
#pragma once
#include <hpdf.h>

#include <string>
#include <vector>

#include "report/monthly_figures.hpp"
#include "report/report_pdf.hpp"

namespace cdmype::report {

enum class FontStyle { Regular, Bold };

class PdfDocument {
 public:
  explicit PdfDocument(PaperSize paper);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // Appends a page of the document's paper size; pages stay reachable so
  // footers ("Página X de Y") can be written once the count is known.
  HPDF_Page add_page();
  const std::vector<HPDF_Page>& pages() const { return pages_; }

  float width() const { return width_; }
  float height() const { return height_; }
  HPDF_Font font(FontStyle style) const { return style == FontStyle::Bold ? bold_ : regular_; }

  // Title/author (UTF-8) and a fixed creation date: no clock read, so the
  // same figures give the same bytes and the same hash.
  void set_info(const std::string& title, const std::string& author, const GeneratedAt& when);

  // Throws PdfError if libharu reported an error since the last check.
  void check() const;

  // The finished PDF.
  std::vector<unsigned char> save();

 private:
  // libharu calls the handler from C code, where an exception must not
  // unwind; it records the first error here and check() throws it.
  struct ErrorState {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
  };
  static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data);

  ErrorState error_;
  HPDF_Doc doc_ = nullptr;
  HPDF_Font regular_ = nullptr;
  HPDF_Font bold_ = nullptr;
  std::vector<HPDF_Page> pages_;
  float width_ = 0;
  float height_ = 0;
};

}  // namespace cdmype::report
