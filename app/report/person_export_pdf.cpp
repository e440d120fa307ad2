// Lays out a person's records as a readable PDF through the report's page frame.
#include <sstream>

#include "core/at_estado.hpp"
#include "core/money.hpp"
#include "core/territory.hpp"
#include "report/pdf_page_frame.hpp"
#include "report/person_export.hpp"

namespace cdmype::report {

namespace {

std::string date_or_dash(const std::optional<Date>& d) { return d ? to_display(*d) : "—"; }

std::string iso_to_display(const std::string& iso) {
  // "2026-12-03T12:45:55Z" → "03/12/2026 12:45".
  const auto d = parse_iso_date(iso.substr(0, 10));
  if (!d) return iso;
  return to_display(*d) + (iso.size() >= 16 ? " " + iso.substr(11, 5) : std::string());
}

void line(PageFrame& f, const std::string& label, const std::string& value) {
  f.paragraph(label + ": " + (value.empty() ? "—" : value));
}

std::string consent_line(const ConsentRecord& c) {
  const std::string scopes = c.scopes.labels();
  return to_display(c.fecha) + " · " + std::string(consent_action_label(c.accion)) +
         (scopes.empty() ? "" : ": " + scopes) + (c.motivo.empty() ? "" : " · " + c.motivo);
}

void file_section(PageFrame& f, const PersonFile& pf) {
  const Enterprise& e = pf.file;
  f.section_title("Expediente " + e.codigo + " — " + e.nombre);
  line(f, "Titular", e.titular.nombre);
  line(f, "DUI", e.titular.dui);
  line(f, "Sexo", std::string(display_of(e.titular.sexo)));
  line(f, "Fecha de nacimiento", date_or_dash(e.titular.fecha_nacimiento));
  line(f, "Discapacidad", e.titular.discapacidad ? "sí" : "no");
  line(f, "Retornado", e.titular.retornado ? "sí" : "no");
  line(f, "Forma jurídica", std::string(display_of(e.forma_juridica)));
  line(f, "NIT", e.nit);
  line(f, "NRC", e.nrc);
  const Distrito* d = Territory::el_salvador().by_id(e.distrito_id);
  line(f, "Distrito", d ? d->nombre + " (" + d->departamento + ")" : "");
  line(f, "Sector", std::string(display_of(e.sector)));
  line(f, "Zona", std::string(display_of(e.zona)));
  line(f, "Personas empleadas", std::to_string(e.empleados_mujeres) + " mujeres, " +
                                    std::to_string(e.empleados_hombres) + " hombres");
  line(f, "Ventas anuales", format_money(e.ventas_anuales));
  line(f, "Ingreso al centro", to_display(e.fecha_ingreso));
  line(f, "Estado", std::string(display_of(e.estado)));
  line(f, "Asesor o asesora", pf.asesor);
  line(f, "Notas", e.notas);
  f.subtitle("Sesiones de asesoría (" + std::to_string(pf.sessions.size()) + ")");
  for (const auto& s : pf.sessions)
    f.paragraph(to_display(s.fecha) + " · " + std::to_string(s.duracion_min) + " min · " +
                std::string(display_of(s.area)) + " · " + s.tema +
                (s.acuerdos.empty() ? "" : ". Acuerdos: " + s.acuerdos) +
                (s.diagnostico.empty() ? "" : ". Diagnóstico: " + s.diagnostico));
  f.subtitle("Asistencias técnicas (" + std::to_string(pf.assistances.size()) + ")");
  for (const auto& a : pf.assistances)
    f.paragraph(a.codigo + " · " + at_estado_label(a.estado) + " · " +
                format_money(a.costo_total) + " · " + a.descripcion +
                (a.subsidio ? " · subsidio " + format_money(a.subsidio->subsidio) + ", aporte " +
                                  format_money(a.subsidio->copago)
                            : ""));
  f.subtitle("Resultados (" + std::to_string(pf.results.size()) + ")");
  for (const auto& r : pf.results)
    f.paragraph(to_display(r.fecha) + " · " + std::string(display_of(r.tipo)) + " · " +
                std::to_string(r.valor) + (r.detalle.empty() ? "" : " · " + r.detalle));
  f.subtitle("Capacitaciones (" + std::to_string(pf.trainings.size()) + ")");
  for (const auto& t : pf.trainings)
    f.paragraph(to_display(t.training.fecha) + " · " + t.training.titulo +
                (t.training.institucion.empty() ? "" : " · " + t.training.institucion));
  f.subtitle("Consentimientos (" + std::to_string(pf.consents.size()) + ")");
  if (pf.consents.empty())
    f.paragraph("Consentimiento no registrado: el expediente viene de antes del registro.");
  for (const auto& c : pf.consents) f.paragraph(consent_line(c));
}

}  // namespace

std::vector<unsigned char> person_data_pdf(const PersonData& data, PaperSize paper) {
  PdfDocument doc(paper);
  GeneratedAt when;
  if (const auto d = parse_iso_date(data.generado.substr(0, 10))) when.date = *d;
  if (data.generado.size() >= 16) {
    when.hour = std::stoi(data.generado.substr(11, 2));
    when.minute = std::stoi(data.generado.substr(14, 2));
  }
  doc.set_info("Datos personales", data.centro, when);
  PageFrame f(doc, FrameText{data.centro, "Datos personales — " + data.nombre,
                             "Generado el " + iso_to_display(data.generado) + " (UTC)"});
  f.section_title("Datos que el centro tiene de " + data.nombre);
  f.paragraph("DUI " + data.dui + ". Este documento responde a su derecho de acceso (Ley para la "
              "Protección de Datos Personales, Decreto Legislativo 144): contiene cada registro "
              "que " + data.centro + " guarda de usted. El mismo contenido, en un archivo JSON "
              "que otro sistema puede leer, se le entrega aparte (portabilidad).");
  f.paragraph(std::to_string(data.files.size()) + " expediente(s) como titular, " +
              std::to_string(data.referrals.size()) + " remisión(es), " +
              std::to_string(data.requests.size()) + " solicitud(es) de derechos.");
  for (const auto& pf : data.files) file_section(f, pf);
  if (!data.referrals.empty()) {
    f.section_title("Remisiones de ventanillas municipales");
    for (const auto& r : data.referrals) {
      const Distrito* d = Territory::el_salvador().by_id(r.distrito_id);
      f.paragraph(to_display(r.fecha) + " · " + (d ? d->nombre : std::string()) + " · " +
                  r.nombre + " · tel. " + (r.telefono.empty() ? "—" : r.telefono) + " · " +
                  std::string(display_of(r.estado)) +
                  (r.necesidad.empty() ? "" : " · " + r.necesidad));
      bool any = false;
      for (const auto& c : data.referral_consents)
        if (c.subject.id == r.meta.id) {
          f.paragraph("Consentimiento: " + consent_line(c));
          any = true;
        }
      if (!any) f.paragraph("Consentimiento no registrado en la ventanilla.");
    }
  }
  if (!data.requests.empty()) {
    f.section_title("Solicitudes de derechos sobre sus datos");
    for (const auto& r : data.requests)
      f.paragraph(std::string(data_right_label(r.derecho)) + " · recibida " +
                  to_display(r.recibida) + " · vence " + to_display(r.vence) +
                  (r.extended() ? " (prorrogada: " + r.prorroga_motivo + ")" : "") + " · " +
                  (r.estado == RequestState::Respondida
                       ? "respondida el " + date_or_dash(r.respondida) + ": " + r.respuesta
                       : std::string("en trámite")));
  }
  f.paragraph("Delegado de protección de datos del centro: " +
              (data.delegado.empty() ? std::string("sin designar") : data.delegado) + ".");
  f.finish();
  return doc.save();
}

}  // namespace cdmype::report
