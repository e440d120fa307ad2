// Draws the register of processing activities from the figures the service gathered.
#include "report/processing_register_pdf.hpp"

#include <string>

#include "report/pdf_page_frame.hpp"
#include "report/report_format.hpp"

namespace cdmype::report {
namespace {

std::string n(std::int64_t v) { return format_count(v); }

void item(PageFrame& f, const std::string& text) { f.paragraph("• " + text); }

}  // namespace

std::vector<unsigned char> processing_register_pdf(const ProcessingRegister& r, PaperSize paper) {
  PdfDocument doc(paper);
  GeneratedAt when;
  when.date = r.fecha;
  doc.set_info("Registro de actividades de tratamiento", r.centro, when);
  PageFrame f(doc, FrameText{r.centro, "Registro de actividades de tratamiento",
                             "Al " + to_display(r.fecha)});
  f.section_title("Registro de actividades de tratamiento de datos personales");
  f.paragraph(
      "Ley para la Protección de Datos Personales (Decreto Legislativo 144). Generado por "
      "CDMYPE Desk con lo que la base de datos del centro contiene al " +
      to_display(r.fecha) + ".");

  f.subtitle("1. Responsable");
  item(f, r.centro + (r.operador.empty() ? "" : ", operado por " + r.operador) + ", con CONAMYPE.");
  item(f, "Delegado de protección de datos: " +
              (r.delegado.empty() ? std::string("sin designar (Configuración, o «cdmype-cli "
                                                "settings set delegado_nombre»)")
                                  : r.delegado) +
              ".");

  f.subtitle("2. Finalidades");
  item(f,
       "Atención de las empresas: expediente, sesiones de asesoría, asistencia técnica con "
       "subsidio, capacitaciones y resultados (base: consentimiento «Atención y expediente»).");
  item(f,
       "Seguimiento de los servicios y encuestas de resultados (consentimiento «Seguimiento y "
       "encuestas»; " +
           n(r.con_seguimiento) + " persona(s) lo otorgaron).");
  item(f, "Comunicaciones: invitaciones y noticias del centro (" + n(r.con_comunicaciones) +
              " persona(s)).");
  item(f, "Informe mensual a CONAMYPE con cifras agregadas, sin datos personales.");
  item(f, "Remisiones desde las ventanillas municipales de atención.");

  f.subtitle("3. Categorías de personas");
  item(f, "Titulares de expedientes de empresa: " + n(r.titulares) + ".");
  item(f, "Personas remitidas por ventanillas municipales: " + n(r.remitidas) + ".");
  item(f, "Participaciones en capacitaciones: " + n(r.participantes) + ".");
  item(f, "Personal del centro con cuenta en el programa: " + n(r.usuarios) + ".");

  f.subtitle("4. Categorías de datos");
  item(f, "Identificación: nombre, DUI, NIT y NRC de la persona natural.");
  item(f, "Contacto: teléfono (remisiones).");
  item(f, "Demográficos: sexo, fecha de nacimiento, distrito y zona.");
  item(f,
       "De la empresa: sector, personas empleadas, ventas, formalización, subsidios y "
       "resultados.");
  item(f,
       "Sensibles (salud y situación personal): discapacidad y condición de persona retornada, "
       "solo con consentimiento expreso; " +
           n(r.con_datos_sensibles) + " expediente(s) los tienen, " + n(r.con_sensibles) +
           " con el consentimiento registrado. Solo los ven la dirección y el asesor del "
           "expediente; salen de una exportación solo si la dirección lo pide, con registro "
           "en la bitácora.");

  f.subtitle("5. Consentimiento");
  item(f, "Registrado: " + n(r.consentimiento_registrado) +
              " expediente(s). No registrado "
              "(historia anterior al registro, por regularizar): " +
              n(r.consentimiento_no_registrado) + ".");
  item(f,
       "Con autorización para compartir datos identificados con CONAMYPE: " + n(r.con_compartir) +
           ". Con oposición o limitación vigente: " + n(r.con_oposicion_o_limitacion) + ".");
  item(f, "Fuera de un expediente tienen el consentimiento firmado: " +
              n(r.remitidas_con_consentimiento) + " de " + n(r.remitidas) +
              " persona(s) remitida(s), en la ventanilla, y " +
              n(r.participantes_con_consentimiento) +
              " participación(es) sin expediente, en la capacitación. Quien participa por una "
              "empresa con expediente queda cubierto por el consentimiento de su titular.");

  f.subtitle("6. Destinatarios");
  item(f,
       "CONAMYPE: el informe mensual (cifras agregadas) y archivos seudónimos, donde cada "
       "persona y empresa es un código HMAC-SHA-256 hecho con la clave nacional, sin nombres, "
       "DUI, teléfonos, fechas de nacimiento ni textos. Datos identificados solo de quien lo "
       "autorizó.");
  item(f, "No hay transferencias internacionales ni otros destinatarios.");

  f.subtitle("7. Conservación");
  item(f, "Los expedientes cerrados o graduados sin actividad en " +
              std::to_string(r.retencion_anios) +
              " año(s) se listan para revisión: se olvida a la persona o se conservan con un "
              "motivo que queda registrado.");
  item(f,
       "Las copias de seguridad diarias y mensuales se renuevan solas; una persona olvidada "
       "sale de ellas cuando la copia más antigua que la tenía se reemplaza.");

  f.subtitle("8. Medidas de seguridad");
  item(f, "Los datos están en " + r.motor + ".");
  item(f,
       "Cuentas personales con contraseña (Argon2id) y permisos por rol: dirección, asesoría, "
       "compras, ventanilla, informática y consulta; bloqueo tras intentos fallidos.");
  item(f,
       "Bitácora encadenada de cada cambio; los datos personales de la bitácora se guardan "
       "cifrados con una clave por persona (" +
           n(r.claves_personales) + " clave(s)), que se destruye al olvidarla.");
  item(f,
       "Copias de seguridad diarias y copias cifradas con frase de paso (libsodium, "
       "Argon2id) para sacarlas de la oficina.");
  item(f,
       "Registro de brechas de seguridad con el plazo de 72 horas para avisar a la Agencia de "
       "Ciberseguridad del Estado, la Fiscalía y las personas: " +
           n(r.brechas) + " registrada(s).");

  f.subtitle("9. Derechos de las personas");
  item(f,
       "Solicitudes de acceso, rectificación, cancelación, oposición, portabilidad, olvido y "
       "limitación, con plazo de 20 días hábiles prorrogable una vez: " +
           n(r.solicitudes) + " registrada(s), " + n(r.solicitudes_abiertas) + " en trámite.");
  f.finish();
  return doc.save();
}

}  // namespace cdmype::report
