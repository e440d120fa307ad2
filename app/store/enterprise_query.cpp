// Builds list/count SELECTs from fixed SQL fragments; every value is a bound ?N parameter.
#include "store/enterprise_query.hpp"

#include <SQLiteCpp/Statement.h>

#include <variant>

#include "store/fts_query.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

using Value = std::variant<std::int64_t, std::string>;

// The FROM and WHERE of a filter with its parameters; the text search joins
// the FTS table so results can be ordered by rank.
struct Where {
  std::string from;
  std::string where;
  std::vector<Value> params;
  bool has_text = false;
  bool empty_text_query = false;

  void add(const std::string& fragment, Value v) {
    params.push_back(std::move(v));
    where += (where.empty() ? " WHERE " : " AND ") + fragment + std::to_string(params.size());
  }
  void add_plain(const std::string& fragment) {
    where += (where.empty() ? " WHERE " : " AND ") + fragment;
  }
};

Where build_where(const EnterpriseFilter& f) {
  Where w;
  w.from =
      " FROM enterprise e JOIN distrito d ON d.id = e.distrito_id"
      " LEFT JOIN app_user u ON u.id = e.asesor_id";
  if (!f.texto.empty()) {
    const std::string q = to_fts_query(f.texto);
    if (q.empty()) {
      w.empty_text_query = true;  // only punctuation typed: nothing can match
    } else {
      w.has_text = true;
      w.from += " JOIN enterprise_fts ON enterprise_fts.rowid = e.id";
      // SQLite dialect: FTS5 MATCH (the PostgreSQL backend will use tsvector).
      w.add("enterprise_fts MATCH ?", q);
    }
  }
  if (f.asesor_id) w.add("e.asesor_id = ?", *f.asesor_id);
  if (f.sector) w.add("e.sector = ?", std::string(code_of(*f.sector)));
  if (f.distrito_id) w.add("e.distrito_id = ?", static_cast<std::int64_t>(*f.distrito_id));
  if (!f.municipio.empty()) w.add("d.municipio = ?", f.municipio);
  if (!f.departamento.empty()) w.add("d.departamento = ?", f.departamento);
  if (f.zona) w.add("e.zona = ?", std::string(code_of(*f.zona)));
  if (f.estado) w.add("e.estado = ?", std::string(code_of(*f.estado)));
  if (f.liderada_por_mujer)
    w.add("e.liderada_por_mujer = ?", static_cast<std::int64_t>(*f.liderada_por_mujer ? 1 : 0));
  if (f.asociativa) w.add("e.asociativa = ?", static_cast<std::int64_t>(*f.asociativa ? 1 : 0));
  return w;
}

void bind_all(SQLite::Statement& st, const std::vector<Value>& params) {
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (const auto* n = std::get_if<std::int64_t>(&params[i]))
      st.bind(index, static_cast<int64_t>(*n));
    else
      st.bind(index, std::get<std::string>(params[i]));
  }
}

std::string order_column(EnterpriseSort s, bool has_text) {
  switch (s) {
    case EnterpriseSort::Codigo:
      return "e.codigo";
    case EnterpriseSort::Nombre:
      return "e.nombre";
    case EnterpriseSort::Titular:
      return "e.titular_nombre";
    case EnterpriseSort::FechaIngreso:
      return "e.fecha_ingreso";
    case EnterpriseSort::Distrito:
      return "d.nombre";
    case EnterpriseSort::Municipio:
      return "d.municipio";
    case EnterpriseSort::Asesor:
      return "u.full_name";
    case EnterpriseSort::Estado:
      return "e.estado";
    case EnterpriseSort::Sector:
      return "e.sector";
    case EnterpriseSort::Relevancia:
      return has_text ? "enterprise_fts.rank" : "e.codigo";
  }
  return "e.codigo";
}

EnterpriseListRow read_row(SQLite::Statement& q) {
  EnterpriseListRow r;
  r.id = q.getColumn(0).getInt64();
  r.version = q.getColumn(1).getInt();
  r.codigo = q.getColumn(2).getString();
  r.nombre = q.getColumn(3).getString();
  r.titular_nombre = q.getColumn(4).getString();
  r.titular_dui = column_text(q.getColumn(5));
  r.sector = column_code<Sector>(q.getColumn(6));
  r.distrito_id = q.getColumn(7).getInt();
  r.distrito = q.getColumn(8).getString();
  r.municipio = q.getColumn(9).getString();
  r.departamento = q.getColumn(10).getString();
  r.zona = column_code<Zona>(q.getColumn(11));
  r.estado = column_code<EstadoEmpresa>(q.getColumn(12));
  r.asesor_id = column_id(q.getColumn(13));
  r.asesor_nombre = column_text(q.getColumn(14));
  r.fecha_ingreso = column_date(q.getColumn(15));
  r.liderada_por_mujer = column_bool(q.getColumn(16));
  r.asociativa = column_bool(q.getColumn(17));
  return r;
}

}  // namespace

std::vector<EnterpriseListRow> EnterpriseQuery::page(const EnterpriseFilter& filter,
                                                     EnterpriseOrder order, int limit,
                                                     std::int64_t offset) {
  Where w = build_where(filter);
  if (w.empty_text_query || limit <= 0) return {};
  const std::string dir = order.descending ? " DESC" : " ASC";
  std::string sql =
      "SELECT e.id, e.version, e.codigo, e.nombre, e.titular_nombre, e.titular_dui, e.sector,"
      " e.distrito_id, d.nombre, d.municipio, d.departamento, e.zona, e.estado, e.asesor_id,"
      " u.full_name, e.fecha_ingreso, e.liderada_por_mujer, e.asociativa" +
      w.from + w.where + " ORDER BY " + order_column(order.by, w.has_text) + dir + ", e.id" + dir;
  w.params.emplace_back(static_cast<std::int64_t>(limit));
  sql += " LIMIT ?" + std::to_string(w.params.size());
  w.params.emplace_back(offset < 0 ? std::int64_t{0} : offset);
  sql += " OFFSET ?" + std::to_string(w.params.size());
  SQLite::Statement q(db_, sql);
  bind_all(q, w.params);
  std::vector<EnterpriseListRow> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
}

std::int64_t EnterpriseQuery::count(const EnterpriseFilter& filter) {
  const Where w = build_where(filter);
  if (w.empty_text_query) return 0;
  SQLite::Statement q(db_, "SELECT COUNT(*)" + w.from + w.where);
  bind_all(q, w.params);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
