// Maps Enterprise fields to enterprise columns in one place, so insert, update and select agree.
#include "store/enterprise_row.hpp"

#include <array>
#include <string_view>

#include "store/sort_keys.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

// The record's fields, each also the name of its parameter in insert and update.
constexpr std::array<std::string_view, 27> kFields = {"codigo",
                                                      "nombre",
                                                      "forma_juridica",
                                                      "titular_nombre",
                                                      "titular_dui",
                                                      "titular_sexo",
                                                      "titular_fecha_nacimiento",
                                                      "titular_discapacidad",
                                                      "titular_retornado",
                                                      "socias",
                                                      "socios",
                                                      "sector",
                                                      "distrito_id",
                                                      "zona",
                                                      "empleados_mujeres",
                                                      "empleados_hombres",
                                                      "ventas_anuales_centavos",
                                                      "nit",
                                                      "nrc",
                                                      "registro_sanitario",
                                                      "marca",
                                                      "codigo_barras",
                                                      "fecha_ingreso",
                                                      "asesor_id",
                                                      "fuente",
                                                      "estado",
                                                      "notas"};

constexpr std::array<std::string_view, 7> kMeta = {
    "id", "uuid", "version", "created_at", "updated_at", "created_by", "updated_by"};

// Built with append() only: GCC 12 warns (-Wrestrict, a false positive) on
// some chains of std::string operator+.
std::string build_insert() {
  std::string cols, vals;
  for (const auto f : kFields) {
    cols.append(f).append(", ");
    vals.append(":").append(f).append(", ");
  }
  std::string sql = "INSERT INTO enterprise (";
  sql.append(cols).append(
      "uuid, created_at, updated_at, created_by, updated_by, version, nombre_orden, "
      "titular_nombre_orden) VALUES (");
  sql.append(vals).append(
      ":uuid, :at, :at, :user_id, :user_id, 1, :nombre_orden, :titular_nombre_orden) "
      "RETURNING id");
  return sql;
}

std::string build_update() {
  std::string sql = "UPDATE enterprise SET ";
  for (const auto f : kFields) sql.append(f).append(" = :").append(f).append(", ");
  sql.append("updated_at = :at, updated_by = :user_id, version = version + 1, ");
  sql.append("nombre_orden = :nombre_orden, titular_nombre_orden = :titular_nombre_orden ");
  sql.append("WHERE id = :id AND version = :version");
  return sql;
}

std::string build_select() {
  std::string out;
  for (const auto c : kMeta) out.append("e.").append(c).append(", ");
  for (size_t i = 0; i < kFields.size(); ++i)
    out.append("e.").append(kFields[i]).append(i + 1 < kFields.size() ? ", " : "");
  return out;
}

}  // namespace

const std::string& enterprise_insert_sql() {
  static const std::string sql = build_insert();
  return sql;
}

const std::string& enterprise_update_sql() {
  static const std::string sql = build_update();
  return sql;
}

const std::string& enterprise_select_columns() {
  static const std::string sql = build_select();
  return sql;
}

void bind_enterprise_fields(Statement& st, const Enterprise& e) {
  st.bind("codigo", e.codigo);
  st.bind("nombre", e.nombre);
  bind_code(st, "forma_juridica", e.forma_juridica);
  st.bind("titular_nombre", e.titular.nombre);
  bind_text_or_null(st, "titular_dui", e.titular.dui);
  bind_code(st, "titular_sexo", e.titular.sexo);
  bind_optional_date(st, "titular_fecha_nacimiento", e.titular.fecha_nacimiento);
  bind_bool(st, "titular_discapacidad", e.titular.discapacidad);
  bind_bool(st, "titular_retornado", e.titular.retornado);
  st.bind("socias", e.socias);
  st.bind("socios", e.socios);
  bind_code(st, "sector", e.sector);
  st.bind("distrito_id", e.distrito_id);
  bind_code(st, "zona", e.zona);
  st.bind("empleados_mujeres", e.empleados_mujeres);
  st.bind("empleados_hombres", e.empleados_hombres);
  st.bind("ventas_anuales_centavos", static_cast<std::int64_t>(e.ventas_anuales.cents));
  bind_text_or_null(st, "nit", e.nit);
  bind_text_or_null(st, "nrc", e.nrc);
  bind_bool(st, "registro_sanitario", e.formalizacion.registro_sanitario);
  bind_bool(st, "marca", e.formalizacion.marca);
  bind_bool(st, "codigo_barras", e.formalizacion.codigo_barras);
  bind_date(st, "fecha_ingreso", e.fecha_ingreso);
  bind_id_or_null(st, "asesor_id", e.asesor_id);
  bind_code(st, "fuente", e.fuente);
  bind_code(st, "estado", e.estado);
  st.bind("notas", e.notas);
  bind_sort_key(st, "nombre_orden", e.nombre);
  bind_sort_key(st, "titular_nombre_orden", e.titular.nombre);
}

Enterprise read_enterprise(Statement& q) {
  Enterprise e;
  e.meta.id = q.int64("id");
  e.meta.uuid = q.text("uuid");
  e.meta.version = q.int32("version");
  e.meta.created_at = q.text("created_at");
  e.meta.updated_at = q.text("updated_at");
  e.meta.created_by = column_id(q, "created_by");
  e.meta.updated_by = column_id(q, "updated_by");
  e.codigo = q.text("codigo");
  e.nombre = q.text("nombre");
  e.forma_juridica = column_code<FormaJuridica>(q, "forma_juridica");
  e.titular.nombre = q.text("titular_nombre");
  e.titular.dui = column_text(q, "titular_dui");
  e.titular.sexo = column_code<Sexo>(q, "titular_sexo");
  e.titular.fecha_nacimiento = column_optional_date(q, "titular_fecha_nacimiento");
  e.titular.discapacidad = column_bool(q, "titular_discapacidad");
  e.titular.retornado = column_bool(q, "titular_retornado");
  e.socias = q.int32("socias");
  e.socios = q.int32("socios");
  e.sector = column_code<Sector>(q, "sector");
  e.distrito_id = q.int32("distrito_id");
  e.zona = column_code<Zona>(q, "zona");
  e.empleados_mujeres = q.int32("empleados_mujeres");
  e.empleados_hombres = q.int32("empleados_hombres");
  e.ventas_anuales = Money::from_cents(q.int64("ventas_anuales_centavos"));
  e.nit = column_text(q, "nit");
  e.nrc = column_text(q, "nrc");
  e.formalizacion.registro_sanitario = column_bool(q, "registro_sanitario");
  e.formalizacion.marca = column_bool(q, "marca");
  e.formalizacion.codigo_barras = column_bool(q, "codigo_barras");
  e.fecha_ingreso = column_date(q, "fecha_ingreso");
  e.asesor_id = column_id(q, "asesor_id");
  e.fuente = column_code<Fuente>(q, "fuente");
  e.estado = column_code<EstadoEmpresa>(q, "estado");
  e.notas = q.text("notas");
  return e;
}

}  // namespace cdmype::store
