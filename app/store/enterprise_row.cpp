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

Enterprise EnterpriseReader::read(Statement& q) {
  static_assert(std::tuple_size_v<decltype(at_)> == kMeta.size() + kFields.size());
  if (!resolved_) {
    for (std::size_t i = 0; i < kMeta.size(); ++i) at_[i] = q.column(kMeta[i]);
    for (std::size_t i = 0; i < kFields.size(); ++i) at_[kMeta.size() + i] = q.column(kFields[i]);
    resolved_ = true;
  }
  // By position in kMeta then kFields.
  auto view = [&](int i) { return q.text_view(at_[i]); };
  auto text = [&](int i) { return std::string(view(i)); };
  auto null = [&](int i) { return q.is_null(at_[i]); };
  auto number = [&](int i) { return static_cast<int>(q.int64(at_[i])); };
  auto id = [&](int i) { return null(i) ? std::int64_t{0} : q.int64(at_[i]); };
  auto flag = [&](int i) { return q.int64(at_[i]) != 0; };
  Enterprise e;
  e.meta.id = q.int64(at_[0]);
  e.meta.uuid = text(1);
  e.meta.version = number(2);
  e.meta.created_at = text(3);
  e.meta.updated_at = text(4);
  e.meta.created_by = id(5);
  e.meta.updated_by = id(6);
  constexpr int f = 7;  // first field
  e.codigo = text(f + 0);
  e.nombre = text(f + 1);
  e.forma_juridica = code_from_text<FormaJuridica>(view(f + 2));
  e.titular.nombre = text(f + 3);
  if (!null(f + 4)) e.titular.dui = text(f + 4);
  e.titular.sexo = code_from_text<Sexo>(view(f + 5));
  if (!null(f + 6)) e.titular.fecha_nacimiento = date_from_text(view(f + 6));
  e.titular.discapacidad = flag(f + 7);
  e.titular.retornado = flag(f + 8);
  e.socias = number(f + 9);
  e.socios = number(f + 10);
  e.sector = code_from_text<Sector>(view(f + 11));
  e.distrito_id = number(f + 12);
  e.zona = code_from_text<Zona>(view(f + 13));
  e.empleados_mujeres = number(f + 14);
  e.empleados_hombres = number(f + 15);
  e.ventas_anuales = Money::from_cents(q.int64(at_[f + 16]));
  if (!null(f + 17)) e.nit = text(f + 17);
  if (!null(f + 18)) e.nrc = text(f + 18);
  e.formalizacion.registro_sanitario = flag(f + 19);
  e.formalizacion.marca = flag(f + 20);
  e.formalizacion.codigo_barras = flag(f + 21);
  e.fecha_ingreso = date_from_text(view(f + 22));
  e.asesor_id = id(f + 23);
  e.fuente = code_from_text<Fuente>(view(f + 24));
  e.estado = code_from_text<EstadoEmpresa>(view(f + 25));
  e.notas = text(f + 26);
  return e;
}

}  // namespace cdmype::store
