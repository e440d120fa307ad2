// PdfDocument: libharu set-up (compression, fonts, info), error capture and saving to memory.
#include "report/pdf_document.hpp"

#include <cstdio>

#include "report/cp1252.hpp"

namespace cdmype::report {

void PdfDocument::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
  auto* state = static_cast<ErrorState*>(user_data);
  if (state->code == HPDF_OK) {  // keep the first error: later ones are consequences
    state->code = code;
    state->detail = detail;
  }
}

PdfDocument::PdfDocument(PaperSize paper) {
  doc_ = HPDF_New(&PdfDocument::on_error, &error_);
  if (doc_ == nullptr)
    throw PdfError("libharu: no se pudo crear el documento PDF", HPDF_FAILD_TO_ALLOC_MEM, 0);
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
  // Base-14 fonts are not embedded: the file stays small and pdftotext
  // extracts accents correctly through WinAnsiEncoding.
  regular_ = HPDF_GetFont(doc_, "Helvetica", "WinAnsiEncoding");
  bold_ = HPDF_GetFont(doc_, "Helvetica-Bold", "WinAnsiEncoding");
  // Points: A4 210 × 297 mm, Letter 8.5 × 11 in.
  width_ = paper == PaperSize::A4 ? 595.28f : 612.0f;
  height_ = paper == PaperSize::A4 ? 841.89f : 792.0f;
  try {
    check();
  } catch (...) {
    HPDF_Free(doc_);
    throw;
  }
}

PdfDocument::~PdfDocument() { HPDF_Free(doc_); }

HPDF_Page PdfDocument::add_page() {
  HPDF_Page page = HPDF_AddPage(doc_);
  check();
  HPDF_Page_SetWidth(page, width_);
  HPDF_Page_SetHeight(page, height_);
  pages_.push_back(page);
  return page;
}

void PdfDocument::set_info(const std::string& title, const std::string& author,
                           const GeneratedAt& when) {
  // Info strings use PDFDocEncoding, which matches CP1252 for Spanish letters.
  HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, utf8_to_cp1252(title).c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_AUTHOR, utf8_to_cp1252(author).c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "CDMYPE Desk");
  HPDF_Date date{};
  date.year = static_cast<HPDF_INT>(when.date.year());
  date.month = static_cast<HPDF_INT>(when.date.month());
  date.day = static_cast<HPDF_INT>(when.date.day());
  date.hour = when.hour;
  date.minutes = when.minute;
  date.seconds = 0;
  date.ind = ' ';  // local time, no offset known
  HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, date);
  check();
}

void PdfDocument::check() const {
  if (error_.code == HPDF_OK) return;
  char buf[96];
  std::snprintf(buf, sizeof buf, "libharu: error 0x%04X (detalle %u) al generar el PDF",
                static_cast<unsigned>(error_.code), static_cast<unsigned>(error_.detail));
  throw PdfError(buf, error_.code, error_.detail);
}

std::vector<unsigned char> PdfDocument::save() {
  HPDF_SaveToStream(doc_);
  check();
  std::vector<unsigned char> bytes(HPDF_GetStreamSize(doc_));
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ResetStream(doc_);
  HPDF_ReadFromStream(doc_, bytes.data(), &size);
  // Reading to the exact end reports HPDF_STREAM_EOF, which is not a failure.
  if (error_.code == HPDF_STREAM_EOF) error_ = {};
  check();
  bytes.resize(size);
  return bytes;
}

}  // namespace cdmype::report
