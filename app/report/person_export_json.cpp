// Writes a person's records as the portable JSON document.
#include <optional>

#include "core/at_estado.hpp"
#include "core/money.hpp"
#include "report/json_writer.hpp"
#include "report/person_export.hpp"

namespace cdmype::report {

namespace {

void optional_date(JsonWriter& j, std::string_view key, const std::optional<Date>& d) {
  j.key(key);
  if (d) j.value(to_iso(*d)); else j.value_null();
}

void money(JsonWriter& j, std::string_view key, Money m) {
  j.member(std::string(key) + "_centavos", m.cents);
  j.member(key, format_money_plain(m));
}

// The records of one person (`of`: only those of that referral; nullopt: all of them).
void consents_json(JsonWriter& j, const std::vector<ConsentRecord>& records,
                   std::optional<std::int64_t> of) {
  j.key("consentimientos").begin_array();
  for (const auto& c : records) {
    if (of && c.subject.id != *of) continue;
    j.begin_object();
    j.member("fecha", to_iso(c.fecha)).member("accion", consent_action_code(c.accion));
    j.member("alcances", c.scopes.codes()).member("texto_version", c.texto_version);
    j.member("motivo", c.motivo).member("registrado_por", c.registrado_por);
    j.end_object();
  }
  j.end_array();
}

void file_json(JsonWriter& j, const PersonFile& f) {
  const Enterprise& e = f.file;
  j.begin_object();
  j.member("codigo", e.codigo).member("nombre", e.nombre);
  j.member("forma_juridica", code_of(e.forma_juridica));
  j.key("titular").begin_object();
  j.member("nombre", e.titular.nombre).member("dui", e.titular.dui);
  j.member("sexo", code_of(e.titular.sexo));
  optional_date(j, "fecha_nacimiento", e.titular.fecha_nacimiento);
  j.member("discapacidad", e.titular.discapacidad ? "sí" : "no");
  j.member("retornado", e.titular.retornado ? "sí" : "no");
  j.end_object();
  j.member("nit", e.nit).member("nrc", e.nrc);
  j.member("sector", code_of(e.sector)).member("zona", code_of(e.zona));
  j.member("distrito_id", e.distrito_id);
  j.member("empleados_mujeres", e.empleados_mujeres).member("empleados_hombres", e.empleados_hombres);
  money(j, "ventas_anuales", e.ventas_anuales);
  j.member("fecha_ingreso", to_iso(e.fecha_ingreso)).member("estado", code_of(e.estado));
  j.member("asesor", f.asesor).member("notas", e.notas);
  j.key("sesiones").begin_array();
  for (const auto& s : f.sessions) {
    j.begin_object();
    j.member("fecha", to_iso(s.fecha)).member("duracion_min", s.duracion_min);
    j.member("modalidad", code_of(s.modalidad)).member("area", code_of(s.area));
    j.member("tema", s.tema).member("diagnostico", s.diagnostico);
    j.member("acuerdos", s.acuerdos).member("proximo_paso", s.proximo_paso);
    j.end_object();
  }
  j.end_array();
  j.key("asistencias_tecnicas").begin_array();
  for (const auto& a : f.assistances) {
    j.begin_object();
    j.member("codigo", a.codigo).member("descripcion", a.descripcion);
    j.member("estado", code_of(a.estado));
    money(j, "costo_total", a.costo_total);
    optional_date(j, "fecha_solicitud", a.fecha_solicitud);
    optional_date(j, "fecha_aprobacion", a.fecha_aprobacion);
    if (a.subsidio) {
      money(j, "subsidio", a.subsidio->subsidio);
      money(j, "aporte_empresa", a.subsidio->copago);
    }
    j.end_object();
  }
  j.end_array();
  j.key("resultados").begin_array();
  for (const auto& r : f.results) {
    j.begin_object();
    j.member("fecha", to_iso(r.fecha)).member("tipo", code_of(r.tipo));
    j.member("valor", r.valor).member("detalle", r.detalle);
    j.end_object();
  }
  j.end_array();
  j.key("capacitaciones").begin_array();
  for (const auto& t : f.trainings) {
    j.begin_object();
    j.member("titulo", t.training.titulo).member("fecha", to_iso(t.training.fecha));
    j.member("institucion", t.training.institucion).member("minutos", t.training.minutos);
    j.end_object();
  }
  j.end_array();
  consents_json(j, f.consents, {});
  j.end_object();
}

}  // namespace

std::string person_data_json(const PersonData& d) {
  JsonWriter j;
  j.begin_object();
  j.member("formato", "cdmype-datos-personales/1");
  j.member("centro", d.centro).member("generado", d.generado);
  j.member("delegado_proteccion_datos", d.delegado);
  j.key("persona").begin_object().member("dui", d.dui).member("nombre", d.nombre).end_object();
  j.key("expedientes").begin_array();
  for (const auto& f : d.files) file_json(j, f);
  j.end_array();
  j.key("remisiones").begin_array();
  for (const auto& r : d.referrals) {
    j.begin_object();
    j.member("fecha", to_iso(r.fecha)).member("nombre", r.nombre).member("dui", r.dui);
    j.member("telefono", r.telefono).member("sexo", code_of(r.sexo));
    j.member("sector", code_of(r.sector)).member("necesidad", r.necesidad);
    j.member("estado", code_of(r.estado)).member("motivo", r.motivo);
    consents_json(j, d.referral_consents, r.meta.id);
    j.end_object();
  }
  j.end_array();
  j.key("solicitudes_de_derechos").begin_array();
  for (const auto& r : d.requests) {
    j.begin_object();
    j.member("derecho", data_right_code(r.derecho)).member("recibida", to_iso(r.recibida));
    j.member("vence", to_iso(r.vence)).member("prorroga_motivo", r.prorroga_motivo);
    j.member("estado", request_state_code(r.estado)).member("respuesta", r.respuesta);
    optional_date(j, "respondida", r.respondida);
    j.end_object();
  }
  j.end_array();
  j.end_object();
  return j.str();
}

}  // namespace cdmype::report
