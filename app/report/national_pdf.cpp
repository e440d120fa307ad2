// The national model's sections under a CONAMYPE heading, "Página X de Y" in the footers.
#include "report/national_pdf.hpp"

#include "report/national_model.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_page_frame.hpp"
#include "report/report_format.hpp"
#include "report/report_pdf_parts.hpp"

namespace cdmype::report {

std::vector<unsigned char> national_pdf(const NationalRollUp& r, const GeneratedAt& generated) {
  PdfDocument doc(PaperSize::Letter);
  const std::string month = month_title(r.periodo);
  doc.set_info("Consolidado nacional CDMYPE — " + month, "CONAMYPE", generated);
  PageFrame frame(doc,
                  FrameText{"CONAMYPE · Red nacional de CDMYPE", "Consolidado nacional — " + month,
                            "Generado el " + format_generated(generated)});
  frame.section_title("Consolidado nacional de los CDMYPE — " + month);
  frame.paragraph(
      "Comisión Nacional de la Micro y Pequeña Empresa. Cifras de los paquetes "
      "firmados que cada centro envió del informe que emitió; sin datos personales.");
  for (const auto& section : build_national_model(r)) draw_section(frame, section);
  frame.finish();
  return doc.save();
}

}  // namespace cdmype::report
