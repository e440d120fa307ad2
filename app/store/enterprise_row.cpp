// Maps Enterprise fields to enterprise columns in one place, so insert, update and select agree.
#include "store/enterprise_row.hpp"

#include <array>
#include <string_view>

#include "store/sort_keys.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

// Order matters: it is the placeholder order ?1..?27 and the read order.
constexpr std::array<std::string_view, kEnterpriseFieldCount> kFields = {"codigo",
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
  for (size_t i = 0; i < kFields.size(); ++i) {
    cols.append(kFields[i]).append(", ");
    vals.append("?").append(std::to_string(i + 1)).append(", ");
  }
  std::string sql = "INSERT INTO enterprise (";
  sql.append(cols).append(
      "uuid, created_at, updated_at, created_by, updated_by, version, nombre_orden, "
      "titular_nombre_orden) VALUES (");
  sql.append(vals).append("?28, ?29, ?29, ?30, ?30, 1, ?32, ?33)");
  return sql;
}

std::string build_update() {
  std::string sql = "UPDATE enterprise SET ";
  for (size_t i = 0; i < kFields.size(); ++i)
    sql.append(kFields[i]).append(" = ?").append(std::to_string(i + 1)).append(", ");
  sql.append("updated_at = ?29, updated_by = ?30, version = version + 1, ");
  sql.append("nombre_orden = ?32, titular_nombre_orden = ?33 ");
  sql.append("WHERE id = ?28 AND version = ?31");
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

void bind_enterprise_fields(SQLite::Statement& st, const Enterprise& e) {
  st.bind(1, e.codigo);
  st.bind(2, e.nombre);
  bind_code(st, 3, e.forma_juridica);
  st.bind(4, e.titular.nombre);
  bind_text_or_null(st, 5, e.titular.dui);
  bind_code(st, 6, e.titular.sexo);
  bind_optional_date(st, 7, e.titular.fecha_nacimiento);
  bind_bool(st, 8, e.titular.discapacidad);
  bind_bool(st, 9, e.titular.retornado);
  st.bind(10, e.socias);
  st.bind(11, e.socios);
  bind_code(st, 12, e.sector);
  st.bind(13, e.distrito_id);
  bind_code(st, 14, e.zona);
  st.bind(15, e.empleados_mujeres);
  st.bind(16, e.empleados_hombres);
  st.bind(17, static_cast<int64_t>(e.ventas_anuales.cents));
  bind_text_or_null(st, 18, e.nit);
  bind_text_or_null(st, 19, e.nrc);
  bind_bool(st, 20, e.formalizacion.registro_sanitario);
  bind_bool(st, 21, e.formalizacion.marca);
  bind_bool(st, 22, e.formalizacion.codigo_barras);
  bind_date(st, 23, e.fecha_ingreso);
  bind_id_or_null(st, 24, e.asesor_id);
  bind_code(st, 25, e.fuente);
  bind_code(st, 26, e.estado);
  st.bind(27, e.notas);
  bind_sort_key(st, kEnterpriseNombreOrden, e.nombre);
  bind_sort_key(st, kEnterpriseNombreOrden + 1, e.titular.nombre);
}

Enterprise read_enterprise(SQLite::Statement& q, int first) {
  auto col = [&](int i) { return q.getColumn(first + i); };
  Enterprise e;
  e.meta.id = col(0).getInt64();
  e.meta.uuid = col(1).getString();
  e.meta.version = col(2).getInt();
  e.meta.created_at = col(3).getString();
  e.meta.updated_at = col(4).getString();
  e.meta.created_by = column_id(col(5));
  e.meta.updated_by = column_id(col(6));
  constexpr int f = 7;  // first field column
  e.codigo = col(f + 0).getString();
  e.nombre = col(f + 1).getString();
  e.forma_juridica = column_code<FormaJuridica>(col(f + 2));
  e.titular.nombre = col(f + 3).getString();
  e.titular.dui = column_text(col(f + 4));
  e.titular.sexo = column_code<Sexo>(col(f + 5));
  e.titular.fecha_nacimiento = column_optional_date(col(f + 6));
  e.titular.discapacidad = column_bool(col(f + 7));
  e.titular.retornado = column_bool(col(f + 8));
  e.socias = col(f + 9).getInt();
  e.socios = col(f + 10).getInt();
  e.sector = column_code<Sector>(col(f + 11));
  e.distrito_id = col(f + 12).getInt();
  e.zona = column_code<Zona>(col(f + 13));
  e.empleados_mujeres = col(f + 14).getInt();
  e.empleados_hombres = col(f + 15).getInt();
  e.ventas_anuales = Money::from_cents(col(f + 16).getInt64());
  e.nit = column_text(col(f + 17));
  e.nrc = column_text(col(f + 18));
  e.formalizacion.registro_sanitario = column_bool(col(f + 19));
  e.formalizacion.marca = column_bool(col(f + 20));
  e.formalizacion.codigo_barras = column_bool(col(f + 21));
  e.fecha_ingreso = column_date(col(f + 22));
  e.asesor_id = column_id(col(f + 23));
  e.fuente = column_code<Fuente>(col(f + 24));
  e.estado = column_code<EstadoEmpresa>(col(f + 25));
  e.notas = col(f + 26).getString();
  return e;
}

}  // namespace cdmype::store
