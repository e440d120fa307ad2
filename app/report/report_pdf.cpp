// monthly_pdf: title block, the model's sections (product.md §3 order), signatures, footers.
#include "report/report_pdf.hpp"

#include "report/file_output.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_page_frame.hpp"
#include "report/report_format.hpp"
#include "report/report_model.hpp"
#include "report/report_pdf_parts.hpp"

namespace cdmype::report {
namespace {

struct Rendered {
  std::vector<unsigned char> bytes;
  int pages = 0;
  bool signatures_alone = false;  // the signature block went to a page of its own
};

// `break_before_last`: start the last section (the goals) on a new page so
// the signatures share its page.
Rendered render(const MonthlyFigures& f, const std::vector<Section>& sections,
                bool break_before_last) {
  PdfDocument doc(f.header.papel);
  const std::string title = "Informe mensual — " + month_title(f.periodo);
  doc.set_info("Informe mensual " + month_title(f.periodo) + " - " + f.header.centro,
               f.header.centro, f.header.generado);
  PageFrame frame(
      doc, FrameText{f.header.centro, title,
                     "Generado el " + format_generated(f.header.generado) + " con CDMYPE Desk"});
  draw_title_block(frame, f);
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (break_before_last && i + 1 == sections.size() && !frame.at_page_start()) frame.new_page();
    draw_section(frame, sections[i]);
  }
  const int before_signatures = frame.page_count();
  draw_signatures(frame, f);
  Rendered r;
  r.signatures_alone = frame.page_count() > before_signatures;
  frame.finish();
  r.pages = frame.page_count();
  r.bytes = doc.save();
  return r;
}

}  // namespace

std::vector<unsigned char> monthly_pdf(const MonthlyFigures& f) {
  const auto sections = build_report_model(f);
  Rendered first = render(f, sections, false);
  if (!first.signatures_alone || sections.empty()) return std::move(first.bytes);
  // Signed pages should show figures: move the goals over to the signatures
  // when that costs no extra page and the goals then fit with them.
  Rendered kept = render(f, sections, true);
  if (kept.signatures_alone || kept.pages > first.pages) return std::move(first.bytes);
  return std::move(kept.bytes);
}

void write_monthly_pdf(const MonthlyFigures& figures, const std::filesystem::path& path) {
  const auto bytes = monthly_pdf(figures);
  write_file_atomically(path, bytes);
}

}  // namespace cdmype::report
