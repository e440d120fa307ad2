// Builds the audit JSON of enterprises, sessions and users from their fields.
#include "store/record_json.hpp"

#include "store/json_object.hpp"

namespace cdmype::store {

namespace {

JsonObject& opt_date(JsonObject& j, std::string_view key, const std::optional<Date>& d) {
  return d ? j.text(key, to_iso(*d)) : j.null(key);
}

JsonObject& opt_id(JsonObject& j, std::string_view key, std::int64_t id) {
  return id != 0 ? j.integer(key, id) : j.null(key);
}

}  // namespace

std::string enterprise_json(const Enterprise& e) {
  JsonObject j;
  j.integer("id", e.meta.id).text("uuid", e.meta.uuid).integer("version", e.meta.version);
  j.text("codigo", e.codigo).text("nombre", e.nombre);
  j.text("forma_juridica", code_of(e.forma_juridica));
  j.text("titular_nombre", e.titular.nombre).text("titular_dui", e.titular.dui);
  j.text("titular_sexo", code_of(e.titular.sexo));
  opt_date(j, "titular_fecha_nacimiento", e.titular.fecha_nacimiento);
  j.boolean("titular_discapacidad", e.titular.discapacidad);
  j.boolean("titular_retornado", e.titular.retornado);
  j.integer("socias", e.socias).integer("socios", e.socios);
  j.text("sector", code_of(e.sector)).integer("distrito_id", e.distrito_id);
  j.text("zona", code_of(e.zona));
  j.integer("empleados_mujeres", e.empleados_mujeres);
  j.integer("empleados_hombres", e.empleados_hombres);
  j.integer("ventas_anuales_centavos", e.ventas_anuales.cents);
  j.text("nit", e.nit).text("nrc", e.nrc);
  j.boolean("registro_sanitario", e.formalizacion.registro_sanitario);
  j.boolean("marca", e.formalizacion.marca);
  j.boolean("codigo_barras", e.formalizacion.codigo_barras);
  j.text("fecha_ingreso", to_iso(e.fecha_ingreso));
  opt_id(j, "asesor_id", e.asesor_id);
  j.text("fuente", code_of(e.fuente)).text("estado", code_of(e.estado));
  j.text("notas", e.notas);
  return j.str();
}

std::string session_json(const AdvisorySession& s) {
  JsonObject j;
  j.integer("id", s.meta.id).text("uuid", s.meta.uuid).integer("version", s.meta.version);
  j.integer("enterprise_id", s.enterprise_id).integer("asesor_id", s.asesor_id);
  j.text("fecha", to_iso(s.fecha)).integer("duracion_min", s.duracion_min);
  j.text("modalidad", code_of(s.modalidad)).text("area", code_of(s.area));
  j.text("tema", s.tema).text("diagnostico", s.diagnostico).text("acuerdos", s.acuerdos);
  j.text("proximo_paso", s.proximo_paso);
  opt_date(j, "fecha_proximo_paso", s.fecha_proximo_paso);
  return j.str();
}

std::string user_json(const User& u) {
  JsonObject j;
  j.integer("id", u.meta.id).text("uuid", u.meta.uuid).integer("version", u.meta.version);
  j.text("username", u.username).text("full_name", u.full_name);
  j.text("role", code_of(u.role)).boolean("active", u.active);
  j.boolean("must_change_password", u.must_change_password);
  return j.str();
}

}  // namespace cdmype::store
