// Builds list/count SELECTs from fixed SQL fragments; every value is a bound ?N parameter.
#include "store/enterprise_query.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <span>
#include <unordered_map>
#include <variant>

#include "store/fts_query.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

using Value = std::variant<std::int64_t, std::string>;

// Above this many matches a search is listed by id (the order of the files,
// like the unfiltered list) instead of by rank: ranking costs about 1 µs per
// match, and one or two typed letters match tens of thousands of files among
// which bm25 tells nothing useful. A few more letters bring the rank back.
constexpr int kRankedMatches = 2000;

// Pages ask for the full rows of their ids in chunks of this many parameters.
constexpr std::size_t kIdsPerStatement = 500;

// The WHERE of a filter with its parameters, and which tables it needs
// besides enterprise e: the text search joins the FTS table (also for
// ordering by rank), the municipio and departamento filters join distrito.
struct Where {
  std::string where;
  std::vector<Value> params;
  std::string fts_query;
  bool has_text = false;
  bool empty_text_query = false;
  bool needs_distrito = false;
  bool only_text = false;  // the text is the whole filter

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
  if (!f.texto.empty()) {
    const std::string q = to_fts_query(f.texto);
    if (q.empty()) {
      w.empty_text_query = true;  // only punctuation typed: nothing can match
    } else {
      w.has_text = true;
      w.fts_query = q;
      // SQLite dialect: FTS5 MATCH (the PostgreSQL backend will use tsvector).
      w.add("enterprise_fts MATCH ?", q);
    }
  }
  const std::size_t text_params = w.params.size();
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
  w.needs_distrito = !f.municipio.empty() || !f.departamento.empty();
  w.only_text = w.has_text && w.params.size() == text_params;
  return w;
}

// FROM with only the tables the filter and the order need (a count or an
// id list that joins nothing reads an index instead of 100,000 rows).
std::string from_clause(const Where& w, bool distrito, bool asesor) {
  std::string from = " FROM enterprise e";
  if (w.has_text) from += " JOIN enterprise_fts ON enterprise_fts.rowid = e.id";
  if (distrito || w.needs_distrito) from += " JOIN distrito d ON d.id = e.distrito_id";
  if (asesor) from += " LEFT JOIN app_user u ON u.id = e.asesor_id";
  return from;
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
    // Names sort by their stored Spanish keys (0010), each with its index.
    case EnterpriseSort::Nombre:
      return "e.nombre_orden";
    case EnterpriseSort::Titular:
      return "e.titular_nombre_orden";
    case EnterpriseSort::FechaIngreso:
      return "e.fecha_ingreso";
    case EnterpriseSort::Distrito:
      return "d.nombre_orden";
    case EnterpriseSort::Municipio:
      return "d.municipio_orden";
    case EnterpriseSort::Asesor:
      return "u.full_name_orden";
    case EnterpriseSort::Estado:
      return "e.estado";
    case EnterpriseSort::Sector:
      return "e.sector";
    case EnterpriseSort::Relevancia:
      return has_text ? "enterprise_fts.rank" : "e.codigo";
  }
  return "e.codigo";
}

bool sorts_by_distrito(EnterpriseSort s) {
  return s == EnterpriseSort::Distrito || s == EnterpriseSort::Municipio;
}

// True when a text-only search has more than kRankedMatches matches; asks
// FTS for one row past the limit instead of counting them all.
bool too_many_to_rank(SQLite::Database& db, const std::string& fts_query) {
  SQLite::Statement q(db,
                      "SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ?1 "
                      "LIMIT 1 OFFSET ?2");
  q.bind(1, fts_query);
  q.bind(2, kRankedMatches);
  return q.executeStep();
}

// Runs an id query with LIMIT and OFFSET appended as the next parameters.
std::vector<std::int64_t> run_ids(SQLite::Database& db, std::string sql,
                                  std::vector<Value> params, int limit, std::int64_t offset) {
  params.emplace_back(static_cast<std::int64_t>(limit));
  sql += " LIMIT ?" + std::to_string(params.size());
  params.emplace_back(offset < 0 ? std::int64_t{0} : offset);
  sql += " OFFSET ?" + std::to_string(params.size());
  SQLite::Statement q(db, sql);
  bind_all(q, params);
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

std::int64_t count_of(SQLite::Database& db, const std::string& sql,
                      const std::vector<Value>& params) {
  SQLite::Statement q(db, sql);
  bind_all(q, params);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Sorted by asesor (no text search): the unassigned files, whose name is
// NULL (first ascending, last descending), and the assigned ones walking
// the users by name (app_user_full_name_orden) and each one's files by the
// enterprise_asesor index, so no page sorts the whole list. The second
// part is only counted when a page reaches it.
std::vector<std::int64_t> asesor_page_ids(SQLite::Database& db, const Where& w, bool descending,
                                          int limit, std::int64_t offset) {
  const std::string dir = descending ? " DESC" : " ASC";
  const std::string and_ = w.where.empty() ? " WHERE " : " AND ";
  const std::string from = from_clause(w, false, false);
  const std::string unassigned = w.where + and_ + "e.asesor_id IS NULL";
  const std::string assigned_from =
      " FROM app_user u CROSS JOIN enterprise e ON e.asesor_id = u.id" +
      std::string(w.needs_distrito ? " JOIN distrito d ON d.id = e.distrito_id" : "");
  struct Part {
    std::string ids, count;
  };
  const Part nulls{"SELECT e.id" + from + unassigned + " ORDER BY e.id" + dir,
                   "SELECT COUNT(*)" + from + unassigned};
  const Part named{"SELECT e.id" + assigned_from + w.where + " ORDER BY u.full_name_orden" +
                       dir + ", u.id" + dir + ", e.id" + dir,
                   "SELECT COUNT(*)" + from + w.where + and_ + "e.asesor_id IS NOT NULL"};
  const Part& first = descending ? named : nulls;
  const Part& second = descending ? nulls : named;
  auto ids = run_ids(db, first.ids, w.params, limit, offset);
  const bool all = limit < 0;
  if (all || static_cast<int>(ids.size()) < limit) {
    const std::int64_t skipped = count_of(db, first.count, w.params);
    const auto more =
        run_ids(db, second.ids, w.params, all ? -1 : limit - static_cast<int>(ids.size()),
                std::max<std::int64_t>(0, offset - skipped));
    ids.insert(ids.end(), more.begin(), more.end());
  }
  return ids;
}

// The ids of one page, in order (a negative limit: every id from the offset on). Reading only ids lets SQLite walk an
// index (or the FTS index) past the offset without touching the rows;
// the rows themselves are read afterwards, by id, for this page only.
std::vector<std::int64_t> page_ids(SQLite::Database& db, const Where& w, EnterpriseOrder order,
                                   int limit, std::int64_t offset) {
  const std::string dir = order.descending ? " DESC" : " ASC";
  if (w.only_text && order.by == EnterpriseSort::Relevancia) {
    const bool ranked = !too_many_to_rank(db, w.fts_query);
    return run_ids(db,
                   "SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ?1 ORDER BY " +
                       std::string(ranked ? "rank" + dir + ", " : "") + "rowid" + dir,
                   w.params, limit, offset);
  }
  if (order.by == EnterpriseSort::Asesor && !w.has_text)
    return asesor_page_ids(db, w, order.descending, limit, offset);
  std::string keys = order_column(order.by, w.has_text) + dir;
  // Same-named distritos stay apart, so the distrito(nombre_orden) index gives the order.
  if (order.by == EnterpriseSort::Distrito) keys += ", d.id" + dir;
  return run_ids(db,
                 "SELECT e.id" +
                     from_clause(w, sorts_by_distrito(order.by),
                                 order.by == EnterpriseSort::Asesor) +
                     w.where + " ORDER BY " + keys + ", e.id" + dir,
                 w.params, limit, offset);
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
  r.ventas_anuales = Money::from_cents(q.getColumn(18).getInt64());
  r.trabajadores = q.getColumn(19).getInt();
  return r;
}

}  // namespace

std::vector<EnterpriseListRow> EnterpriseQuery::page(const EnterpriseFilter& filter,
                                                     EnterpriseOrder order, int limit,
                                                     std::int64_t offset) {
  const Where w = build_where(filter);
  if (w.empty_text_query || limit <= 0) return {};
  return rows(page_ids(db_, w, order, limit, offset));
}

std::vector<std::int64_t> EnterpriseQuery::ordered_ids(const EnterpriseFilter& filter,
                                                       EnterpriseOrder order) {
  const Where w = build_where(filter);
  if (w.empty_text_query) return {};
  return page_ids(db_, w, order, -1, 0);
}

std::vector<EnterpriseListRow> EnterpriseQuery::rows(std::span<const std::int64_t> ids) {
  std::unordered_map<std::int64_t, EnterpriseListRow> by_id;
  for (std::size_t first = 0; first < ids.size(); first += kIdsPerStatement) {
    const std::size_t n = std::min(kIdsPerStatement, ids.size() - first);
    std::string placeholders;
    for (std::size_t i = 0; i < n; ++i) placeholders += i == 0 ? "?" : ",?";
    SQLite::Statement q(
        db_,
        "SELECT e.id, e.version, e.codigo, e.nombre, e.titular_nombre, e.titular_dui, e.sector,"
        " e.distrito_id, d.nombre, d.municipio, d.departamento, e.zona, e.estado, e.asesor_id,"
        " u.full_name, e.fecha_ingreso, e.liderada_por_mujer, e.asociativa,"
        " e.ventas_anuales_centavos, e.empleados_mujeres + e.empleados_hombres"
        " FROM enterprise e JOIN distrito d ON d.id = e.distrito_id"
        " LEFT JOIN app_user u ON u.id = e.asesor_id WHERE e.id IN (" +
            placeholders + ")");
    for (std::size_t i = 0; i < n; ++i)
      q.bind(static_cast<int>(i) + 1, static_cast<int64_t>(ids[first + i]));
    while (q.executeStep()) {
      EnterpriseListRow row = read_row(q);
      by_id.emplace(row.id, std::move(row));
    }
  }
  std::vector<EnterpriseListRow> out;
  out.reserve(ids.size());
  for (const auto id : ids)
    if (auto it = by_id.find(id); it != by_id.end()) out.push_back(std::move(it->second));
  return out;
}

std::int64_t EnterpriseQuery::count(const EnterpriseFilter& filter) {
  const Where w = build_where(filter);
  if (w.empty_text_query) return 0;
  // A text-only search is counted in the FTS index alone: it holds exactly
  // the enterprise rows (the triggers of 0001_init.sql keep it in step).
  return count_of(db_,
                  w.only_text ? "SELECT COUNT(*) FROM enterprise_fts" + w.where
                              : "SELECT COUNT(*)" + from_clause(w, false, false) + w.where,
                  w.params);
}

}  // namespace cdmype::store
