// monthly_pdf: title block, the model's sections (product.md §3 order), signatures, footers.
#include "report/report_pdf.hpp"

#include "report/file_output.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_page_frame.hpp"
#include "report/report_format.hpp"
#include "report/report_model.hpp"
#include "report/report_pdf_parts.hpp"

namespace cdmype::report {

std::vector<unsigned char> monthly_pdf(const MonthlyFigures& f) {
  PdfDocument doc(f.header.papel);
  const std::string title = "Informe mensual — " + month_title(f.periodo);
  doc.set_info("Informe mensual " + month_title(f.periodo) + " - " + f.header.centro,
               f.header.centro, f.header.generado);
  PageFrame frame(
      doc, FrameText{f.header.centro, title,
                     "Generado el " + format_generated(f.header.generado) + " con CDMYPE Desk"});
  draw_title_block(frame, f);
  for (const auto& section : build_report_model(f)) draw_section(frame, section);
  draw_signatures(frame, f);
  frame.finish();
  return doc.save();
}

void write_monthly_pdf(const MonthlyFigures& figures, const std::filesystem::path& path) {
  const auto bytes = monthly_pdf(figures);
  write_file_atomically(
      path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace cdmype::report
