// Draws the consent form: heading, the person, a box and its text per scope, signatures.
#include "report/consent_form_pdf.hpp"

#include <hpdf.h>

#include "core/consent.hpp"
#include "report/pdf_page_frame.hpp"

namespace cdmype::report {
namespace {

constexpr float kBox = 11.0f;

void line_field(PageFrame& f, const std::string& label, const std::string& value) {
  f.paragraph(
      label + ": " + (value.empty() ? std::string("______________________________") : value),
      10.0f);
}

// A box to tick, its label in bold, and the text that says what it allows, wrapped beside it.
void scope_row(PageFrame& f, ConsentScope scope) {
  f.ensure(60.0f);
  const float top = f.y();
  HPDF_Page page = f.page();
  HPDF_Page_SetRGBStroke(page, style::text.r, style::text.g, style::text.b);
  HPDF_Page_SetLineWidth(page, 0.8f);
  HPDF_Page_Rectangle(page, f.left(), top - kBox - 2.0f, kBox, kBox);
  HPDF_Page_Stroke(page);
  f.text(f.left() + kBox + 8.0f, top - 10.0f, consent_scope_label(scope), FontStyle::Bold, 10.0f);
  f.move_down(15.0f);
  f.paragraph("      " + std::string(consent_scope_text(scope)), 9.0f);
  f.move_down(6.0f);
}

void signature_lines(PageFrame& f, const std::string& left, const std::string& right) {
  f.ensure(70.0f);
  f.move_down(40.0f);
  const float y = f.y();
  const float half = f.content_width() / 2.0f;
  HPDF_Page page = f.page();
  HPDF_Page_SetLineWidth(page, 0.6f);
  HPDF_Page_MoveTo(page, f.left(), y);
  HPDF_Page_LineTo(page, f.left() + half - 20.0f, y);
  HPDF_Page_MoveTo(page, f.left() + half + 20.0f, y);
  HPDF_Page_LineTo(page, f.right(), y);
  HPDF_Page_Stroke(page);
  f.text(f.left(), y - 12.0f, left, FontStyle::Regular, 9.0f);
  f.text(f.left() + half + 20.0f, y - 12.0f, right, FontStyle::Regular, 9.0f);
  f.move_down(24.0f);
}

}  // namespace

std::vector<unsigned char> consent_form_pdf(const ConsentForm& d, PaperSize paper) {
  const bool titular = d.person == ConsentPerson::Titular;
  PdfDocument doc(paper);
  GeneratedAt when;
  when.date = d.fecha;
  doc.set_info("Consentimiento para el tratamiento de datos personales", d.centro, when);
  PageFrame f(doc, FrameText{d.centro, "Consentimiento — " + d.titular,
                             "Texto " + std::string(kConsentTextVersion)});
  f.section_title("Consentimiento para el tratamiento de datos personales");
  f.paragraph(d.centro + (d.operador.empty() ? "" : ", operado por " + d.operador) +
                  ", guarda los datos que usted le da para atender a su empresa. La Ley para la "
                  "Protección de Datos Personales (Decreto Legislativo 144) le garantiza saber "
                  "para qué se usan y decidir sobre cada uso. Marque con una X lo que autoriza; "
                  "puede retirar cualquier autorización cuando quiera, sin que cambie la atención "
                  "que recibe, salvo la primera, sin la cual no se puede " +
                  (titular ? std::string("abrir el expediente.")
                           : "registrar " + std::string(consent_person_record(d.person)) + "."),
              10.0f);
  f.move_down(6.0f);
  f.subtitle("Datos de la persona");
  line_field(f, "Nombre", d.titular);
  line_field(f, "DUI", d.dui);
  line_field(f, "Empresa", d.empresa);
  if (titular) line_field(f, "Expediente", d.codigo);
  line_field(f, "Fecha", to_display(d.fecha));
  f.move_down(6.0f);
  f.subtitle("Autorizaciones");
  for (auto scope : kConsentScopes)  // only a file holds sensitive data
    if (titular || scope != ConsentScope::Sensibles) scope_row(f, scope);
  f.subtitle("Sus derechos");
  f.paragraph(
      "Puede pedir acceso a sus datos y una copia que pueda llevar a otro lugar, su "
      "rectificación, su cancelación u olvido, oponerse a un uso o pedir que se limite. "
      "El centro responde en 20 días hábiles. Diríjase al delegado de protección de "
      "datos del centro:",
      9.0f);
  f.paragraph(d.delegado.empty() ? std::string("(por designar)") : d.delegado, 10.0f);
  signature_lines(f, titular ? "Firma de la persona titular" : "Firma de la persona",
                  "Nombre y firma de quien atiende");
  f.finish();
  return doc.save();
}

}  // namespace cdmype::report
