// Builds list/count SELECTs from fixed SQL fragments; every value is a bound :name parameter.
#include "store/enterprise_query.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <variant>

#include "store/fts_query.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

using Value = std::variant<std::int64_t, std::string>;

// Above this many matches a search is listed by id (the order of the files,
// like the unfiltered list) instead of by rank: ranking costs about 1 µs per
// match, and one or two typed letters match tens of thousands of files among
// which the rank tells nothing useful. A few more letters bring the rank back.
constexpr int kRankedMatches = 2000;

// Pages ask for the full rows of their ids in chunks of this many parameters.
constexpr std::size_t kIdsPerStatement = 500;

// The columns of a list row (read_row) and the tables they come from.
constexpr const char* kListRows =
    "SELECT e.id, e.version, e.codigo, e.nombre, e.titular_nombre, e.titular_dui,"
    " e.sector, e.distrito_id, d.nombre AS distrito, d.municipio, d.departamento,"
    " e.zona, e.estado, e.asesor_id, u.full_name AS asesor_nombre, e.fecha_ingreso,"
    " e.liderada_por_mujer, e.asociativa, e.ventas_anuales_centavos,"
    " e.empleados_mujeres + e.empleados_hombres AS trabajadores"
    " FROM enterprise e JOIN distrito d ON d.id = e.distrito_id"
    " LEFT JOIN app_user u ON u.id = e.asesor_id";

// The text search, the one spot where the engines differ in SQL: SQLite
// matches in the FTS5 table enterprise_fts (0001, 0011) and ranks by bm25
// (its `rank`, lower is better); PostgreSQL matches the generated tsvector
// column enterprise.busqueda (GIN index, configuration cdmype_busqueda,
// which unaccents) and ranks by ts_rank (higher is better). Both take the
// query text of text_search_query() as :texto.
struct TextSearchSql {
  std::string join;      // what joins the index to enterprise e ("" when e holds it)
  std::string match;     // the WHERE condition
  std::string alone;     // FROM … WHERE for a search that is the whole filter
  std::string alone_id;  // the id column there
  // The rank as an ORDER BY key, best match first unless `descending`.
  std::string (*rank)(bool descending);
};

const TextSearchSql& text_search_sql(Engine engine) {
  static const TextSearchSql sqlite{
      " JOIN enterprise_fts ON enterprise_fts.rowid = e.id", "enterprise_fts MATCH :texto",
      " FROM enterprise_fts WHERE enterprise_fts MATCH :texto", "rowid", [](bool descending) {
        return std::string(descending ? "enterprise_fts.rank DESC" : "enterprise_fts.rank ASC");
      }};
  static const TextSearchSql postgresql{
      "", "e.busqueda @@ to_tsquery('cdmype_busqueda', :texto)",
      " FROM enterprise e WHERE e.busqueda @@ to_tsquery('cdmype_busqueda', :texto)", "e.id",
      [](bool descending) {
        return std::string("ts_rank(e.busqueda, to_tsquery('cdmype_busqueda', :texto))") +
               (descending ? " ASC" : " DESC");
      }};
  return engine == Engine::PostgreSQL ? postgresql : sqlite;
}

// The WHERE of a filter with its parameters, and which tables it needs
// besides enterprise e: the text search may join its index (also for
// ordering by rank), the municipio and departamento filters join distrito.
struct Where {
  const TextSearchSql* search = nullptr;
  std::string where;
  std::vector<std::pair<std::string, Value>> params;
  bool has_text = false;
  bool empty_text_query = false;
  bool needs_distrito = false;
  bool only_text = false;  // the text is the whole filter

  // `fragment` ends where its parameter goes: "e.sector = ".
  void add(const std::string& fragment, Value v) {
    std::string name = "p" + std::to_string(params.size());
    add_plain(fragment + ":" + name);
    params.emplace_back(std::move(name), std::move(v));
  }
  void add_plain(const std::string& fragment) {
    where += (where.empty() ? " WHERE " : " AND ") + fragment;
  }
};

Where build_where(Engine engine, const EnterpriseFilter& f) {
  Where w;
  w.search = &text_search_sql(engine);
  if (!f.texto.empty()) {
    std::string q = text_search_query(engine, f.texto);
    if (q.empty()) {
      w.empty_text_query = true;  // only punctuation typed: nothing can match
    } else {
      w.has_text = true;
      w.add_plain(w.search->match);
      w.params.emplace_back("texto", std::move(q));
    }
  }
  const std::size_t text_params = w.params.size();
  if (f.asesor_id) w.add("e.asesor_id = ", *f.asesor_id);
  if (f.sector) w.add("e.sector = ", std::string(code_of(*f.sector)));
  if (f.distrito_id) w.add("e.distrito_id = ", static_cast<std::int64_t>(*f.distrito_id));
  if (!f.municipio.empty()) w.add("d.municipio = ", f.municipio);
  if (!f.departamento.empty()) w.add("d.departamento = ", f.departamento);
  if (f.zona) w.add("e.zona = ", std::string(code_of(*f.zona)));
  if (f.estado) w.add("e.estado = ", std::string(code_of(*f.estado)));
  if (f.liderada_por_mujer)
    w.add("e.liderada_por_mujer = ", static_cast<std::int64_t>(*f.liderada_por_mujer ? 1 : 0));
  if (f.asociativa) w.add("e.asociativa = ", static_cast<std::int64_t>(*f.asociativa ? 1 : 0));
  w.needs_distrito = !f.municipio.empty() || !f.departamento.empty();
  w.only_text = w.has_text && w.params.size() == text_params;
  return w;
}

// FROM with only the tables the filter and the order need (a count or an
// id list that joins nothing reads an index instead of 100,000 rows).
std::string from_clause(const Where& w, bool distrito, bool asesor) {
  std::string from = " FROM enterprise e";
  if (w.has_text) from += w.search->join;
  if (distrito || w.needs_distrito) from += " JOIN distrito d ON d.id = e.distrito_id";
  if (asesor) from += " LEFT JOIN app_user u ON u.id = e.asesor_id";
  return from;
}

void bind_all(Statement& st, const std::vector<std::pair<std::string, Value>>& params) {
  for (const auto& [name, value] : params) {
    if (const auto* n = std::get_if<std::int64_t>(&value))
      st.bind(name, *n);
    else
      st.bind(name, std::get<std::string>(value));
  }
}

// The ORDER BY key of a sort, with its direction.
std::string order_key(EnterpriseSort s, const Where& w, bool descending) {
  const std::string dir = descending ? " DESC" : " ASC";
  switch (s) {
    case EnterpriseSort::Codigo:
      return "e.codigo" + dir;
    // Names sort by their stored Spanish keys (0010), each with its index.
    case EnterpriseSort::Nombre:
      return "e.nombre_orden" + dir;
    case EnterpriseSort::Titular:
      return "e.titular_nombre_orden" + dir;
    case EnterpriseSort::FechaIngreso:
      return "e.fecha_ingreso" + dir;
    case EnterpriseSort::Distrito:
      // Same-named distritos stay apart, so the distrito(nombre_orden) index gives the order.
      return "d.nombre_orden" + dir + ", d.id" + dir;
    case EnterpriseSort::Municipio:
      return "d.municipio_orden" + dir;
    case EnterpriseSort::Asesor:
      // Unassigned files (no user joined) first ascending, last descending,
      // on both engines (PostgreSQL's default puts NULLs the other way).
      return "u.full_name_orden" + dir + (descending ? " NULLS LAST" : " NULLS FIRST");
    case EnterpriseSort::Estado:
      return "e.estado" + dir;
    case EnterpriseSort::Sector:
      return "e.sector" + dir;
    case EnterpriseSort::Relevancia:
      return w.has_text ? w.search->rank(descending) : "e.codigo" + dir;
  }
  return "e.codigo" + dir;
}

bool sorts_by_distrito(EnterpriseSort s) {
  return s == EnterpriseSort::Distrito || s == EnterpriseSort::Municipio;
}

// True when a text-only search has more than kRankedMatches matches; asks
// for one row past the limit instead of counting them all.
bool too_many_to_rank(Connection& db, const Where& w) {
  Statement q(
      db, "SELECT " + w.search->alone_id + " AS id" + w.search->alone + " LIMIT 1 OFFSET :skip");
  bind_all(q, w.params);
  q.bind("skip", kRankedMatches);
  return q.step();
}

// Runs an id query (its id column named `id`) with :limit and :offset
// appended; a negative limit means every row (bound as the largest one:
// SQLite's LIMIT -1 is an error on PostgreSQL).
// The parameters of " LIMIT :limit OFFSET :offset".
void bind_page(Statement& q, int limit, std::int64_t offset) {
  q.bind("limit",
         limit < 0 ? std::numeric_limits<std::int64_t>::max() : static_cast<std::int64_t>(limit));
  q.bind("offset", offset < 0 ? std::int64_t{0} : offset);
}

std::vector<std::int64_t> run_ids(Connection& db, const std::string& sql,
                                  const std::vector<std::pair<std::string, Value>>& params,
                                  int limit, std::int64_t offset) {
  Statement q(db, sql + " LIMIT :limit OFFSET :offset");
  bind_all(q, params);
  bind_page(q, limit, offset);
  std::vector<std::int64_t> ids;
  int id = -1;
  while (q.step()) {
    if (id < 0) id = q.column("id");
    ids.push_back(q.int64(id));
  }
  return ids;
}

std::int64_t count_of(Connection& db, const std::string& sql,
                      const std::vector<std::pair<std::string, Value>>& params) {
  Statement q(db, sql);
  bind_all(q, params);
  q.step();
  return q.int64("n");
}

// Sorted by asesor, the files assigned to someone: the users by name
// (app_user_full_name_orden), and each user's files in id order from the
// enterprise_asesor index, one user at a time until the page is full. One
// statement per user instead of one join: no engine sorts the whole list,
// and PostgreSQL's planner (which has no way to walk a join in that order)
// hashed and sorted 100,000 rows for the first page. A user whose files the
// offset skips entirely is counted instead of read.
std::vector<std::int64_t> assigned_by_asesor(Connection& db, const Where& w, bool descending,
                                             int limit, std::int64_t offset) {
  const std::string dir = descending ? " DESC" : " ASC";
  std::vector<std::int64_t> users;
  {
    Statement q(db, "SELECT id FROM app_user ORDER BY full_name_orden" + dir + ", id" + dir);
    while (q.step()) users.push_back(q.int64("id"));
  }
  const std::string from = from_clause(w, false, false);
  const std::string mine = w.where + (w.where.empty() ? " WHERE " : " AND ") + "e.asesor_id = :asesor";
  auto params = w.params;
  params.emplace_back("asesor", std::int64_t{0});
  const bool all = limit < 0;
  std::vector<std::int64_t> ids;
  for (const auto user : users) {
    if (!all && static_cast<int>(ids.size()) >= limit) break;
    params.back().second = user;
    const auto got = run_ids(db, "SELECT e.id" + from + mine + " ORDER BY e.id" + dir, params,
                             all ? -1 : limit - static_cast<int>(ids.size()), offset);
    if (got.empty() && offset > 0) {
      offset -= count_of(db, "SELECT COUNT(*) AS n" + from + mine, params);
      if (offset < 0) offset = 0;
      continue;
    }
    offset = 0;
    ids.insert(ids.end(), got.begin(), got.end());
  }
  return ids;
}

// Sorted by asesor (no text search): the unassigned files, whose name is
// NULL (first ascending, last descending), then or before them the assigned
// ones (assigned_by_asesor). The part a page does not reach is not read.
std::vector<std::int64_t> asesor_page_ids(Connection& db, const Where& w, bool descending,
                                          int limit, std::int64_t offset) {
  const std::string dir = descending ? " DESC" : " ASC";
  const std::string and_ = w.where.empty() ? " WHERE " : " AND ";
  const std::string from = from_clause(w, false, false);
  const std::string unassigned = w.where + and_ + "e.asesor_id IS NULL";
  const auto nulls = [&](int n, std::int64_t skip) {
    return run_ids(db, "SELECT e.id" + from + unassigned + " ORDER BY e.id" + dir, w.params, n,
                   skip);
  };
  const auto named = [&](int n, std::int64_t skip) {
    return assigned_by_asesor(db, w, descending, n, skip);
  };
  const auto first_count = [&] {
    return count_of(db,
                    "SELECT COUNT(*) AS n" + from +
                        (descending ? w.where + and_ + "e.asesor_id IS NOT NULL" : unassigned),
                    w.params);
  };
  auto ids = descending ? named(limit, offset) : nulls(limit, offset);
  const bool all = limit < 0;
  if (all || static_cast<int>(ids.size()) < limit) {
    // The first part ended inside this page: it held the offset plus what it
    // gave, and is counted only when the offset went past all of it.
    const std::int64_t skipped =
        !ids.empty() || offset == 0 ? offset + static_cast<std::int64_t>(ids.size())
                                    : first_count();
    const int rest = all ? -1 : limit - static_cast<int>(ids.size());
    const std::int64_t skip = std::max<std::int64_t>(0, offset - skipped);
    const auto more = descending ? nulls(rest, skip) : named(rest, skip);
    ids.insert(ids.end(), more.begin(), more.end());
  }
  return ids;
}

// A column order's whole key: the column's, then the unique id.
std::string column_order_key(const Where& w, EnterpriseOrder order) {
  return order_key(order.by, w, order.descending) + ", e.id" +
         (order.descending ? " DESC" : " ASC");
}

// The ids of a list ordered by a column (no LIMIT): what page_ids runs, and
// what page() selects its rows by.
std::string column_order_ids(const Where& w, EnterpriseOrder order) {
  return "SELECT e.id" +
         from_clause(w, sorts_by_distrito(order.by), order.by == EnterpriseSort::Asesor) +
         w.where + " ORDER BY " + column_order_key(w, order);
}

// The ids of one page, in order (a negative limit: every id from the offset
// on). Reading only ids lets the engine walk an index (or the text index)
// past the offset without touching the rows; the rows themselves are read
// afterwards, by id, for this page only. `matches`: the filter's count when
// the caller has it, which decides rank or id order without asking again.
std::vector<std::int64_t> page_ids(Connection& db, const Where& w, EnterpriseOrder order, int limit,
                                   std::int64_t offset,
                                   std::optional<std::int64_t> matches = std::nullopt) {
  const std::string dir = order.descending ? " DESC" : " ASC";
  if (w.only_text && order.by == EnterpriseSort::Relevancia) {
    const bool ranked = matches ? *matches <= kRankedMatches : !too_many_to_rank(db, w);
    return run_ids(db,
                   "SELECT " + w.search->alone_id + " AS id" + w.search->alone + " ORDER BY " +
                       (ranked ? w.search->rank(order.descending) + ", " : std::string()) +
                       w.search->alone_id + dir,
                   w.params, limit, offset);
  }
  if (order.by == EnterpriseSort::Asesor && !w.has_text)
    return asesor_page_ids(db, w, order.descending, limit, offset);
  return run_ids(db, column_order_ids(w, order), w.params, limit, offset);
}

EnterpriseListRow read_row(Statement& q) {
  EnterpriseListRow r;
  r.id = q.int64("id");
  r.version = q.int32("version");
  r.codigo = q.text("codigo");
  r.nombre = q.text("nombre");
  r.titular_nombre = q.text("titular_nombre");
  r.titular_dui = column_text(q, "titular_dui");
  r.sector = column_code<Sector>(q, "sector");
  r.distrito_id = q.int32("distrito_id");
  r.distrito = q.text("distrito");
  r.municipio = q.text("municipio");
  r.departamento = q.text("departamento");
  r.zona = column_code<Zona>(q, "zona");
  r.estado = column_code<EstadoEmpresa>(q, "estado");
  r.asesor_id = column_id(q, "asesor_id");
  r.asesor_nombre = column_text(q, "asesor_nombre");
  r.fecha_ingreso = column_date(q, "fecha_ingreso");
  r.liderada_por_mujer = column_bool(q, "liderada_por_mujer");
  r.asociativa = column_bool(q, "asociativa");
  r.ventas_anuales = Money::from_cents(q.int64("ventas_anuales_centavos"));
  r.trabajadores = q.int32("trabajadores");
  return r;
}

}  // namespace

std::vector<EnterpriseListRow> EnterpriseQuery::page(const EnterpriseFilter& filter,
                                                     EnterpriseOrder order, int limit,
                                                     std::int64_t offset,
                                                     std::optional<std::int64_t> matches) {
  const Where w = build_where(db_.engine(), filter);
  if (w.empty_text_query || limit <= 0) return {};
  // Ordered by a column (not by rank, not by asesor: those take several
  // statements, page_ids): the page's ids and their rows in one statement,
  // the rows put in the same order again (the key ends with the unique id).
  // On a server that is one round trip a page instead of two.
  if (order.by != EnterpriseSort::Relevancia && order.by != EnterpriseSort::Asesor) {
    Statement q(db_, std::string(kListRows) + " WHERE e.id IN (" + column_order_ids(w, order) +
                         " LIMIT :limit OFFSET :offset) ORDER BY " +
                         column_order_key(w, order));
    bind_all(q, w.params);
    bind_page(q, limit, offset);
    std::vector<EnterpriseListRow> out;
    while (q.step()) out.push_back(read_row(q));
    return out;
  }
  return rows(page_ids(db_, w, order, limit, offset, matches));
}

std::vector<std::int64_t> EnterpriseQuery::ordered_ids(const EnterpriseFilter& filter,
                                                       EnterpriseOrder order) {
  const Where w = build_where(db_.engine(), filter);
  if (w.empty_text_query) return {};
  return page_ids(db_, w, order, -1, 0);
}

std::vector<EnterpriseListRow> EnterpriseQuery::rows(std::span<const std::int64_t> ids) {
  std::unordered_map<std::int64_t, EnterpriseListRow> by_id;
  for (std::size_t first = 0; first < ids.size(); first += kIdsPerStatement) {
    const std::size_t n = std::min(kIdsPerStatement, ids.size() - first);
    std::string placeholders;
    for (std::size_t i = 0; i < n; ++i)
      placeholders.append(i == 0 ? ":id" : ", :id").append(std::to_string(i));
    Statement q(db_, std::string(kListRows) + " WHERE e.id IN (" + placeholders + ")");
    for (std::size_t i = 0; i < n; ++i) q.bind("id" + std::to_string(i), ids[first + i]);
    while (q.step()) {
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
  const Where w = build_where(db_.engine(), filter);
  if (w.empty_text_query) return 0;
  // A text-only search is counted in the text index alone: it holds exactly
  // the enterprise rows (the triggers of 0001_init.sql keep the FTS table in
  // step; PostgreSQL's column is generated from the row itself).
  return count_of(db_,
                  w.only_text ? "SELECT COUNT(*) AS n" + w.search->alone
                              : "SELECT COUNT(*) AS n" + from_clause(w, false, false) + w.where,
                  w.params);
}

}  // namespace cdmype::store
