// The two engines' catalogs behind one question each.
#include "store/sql/catalog.hpp"

#include "store/sql/statement.hpp"

namespace cdmype::store {

namespace {

// PostgreSQL: the tables of the current schema this role may use at all, as
// information_schema.tables lists them, from pg_class directly (the view
// costs a few milliseconds to plan, on every open of a seat).
constexpr const char* kPgTables =
    " FROM pg_class c WHERE c.relnamespace = to_regnamespace(current_schema()) "
    "AND c.relkind IN ('r', 'p') AND (pg_has_role(c.relowner, 'USAGE') OR "
    "has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'))";

}  // namespace

bool table_exists(Connection& c, std::string_view table) {
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = :t"
                     : std::string("SELECT COUNT(*) AS n") + kPgTables + " AND c.relname = :t");
  q.bind("t", table);
  return q.step() && q.int64("n") > 0;
}

bool column_exists(Connection& c, std::string_view table, std::string_view column) {
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT COUNT(*) AS n FROM pragma_table_info(:t) WHERE name = :c"
                     : "SELECT COUNT(*) AS n FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name = :t "
                       "AND column_name = :c");
  q.bind("t", table).bind("c", column);
  return q.step() && q.int64("n") > 0;
}

std::vector<std::string> user_tables(Connection& c) {
  // FTS5 keeps its index in shadow tables named after the virtual table.
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name"
                     : std::string("SELECT c.relname::text AS name") + kPgTables +
                           " ORDER BY c.relname");
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text("name"));
  return out;
}

std::vector<std::string> stored_columns(Connection& c, std::string_view table) {
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT name FROM pragma_table_xinfo(:t) WHERE hidden = 0 ORDER BY cid"
                     : "SELECT column_name AS name FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name = :t "
                       "AND is_generated = 'NEVER' ORDER BY ordinal_position");
  q.bind("t", table);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text("name"));
  return out;
}

std::vector<std::string> primary_key_columns(Connection& c, std::string_view table) {
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT name FROM pragma_table_info(:t) WHERE pk > 0 ORDER BY pk"
                     : "SELECT a.attname AS name FROM pg_index i "
                       "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                       "WHERE i.indrelid = CAST(:t AS regclass) AND i.indisprimary "
                       "ORDER BY array_position(i.indkey, a.attnum)");
  q.bind("t", table);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text("name"));
  return out;
}

std::vector<ForeignKey> foreign_keys(Connection& c, std::string_view table) {
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT \"from\" AS col, \"table\" AS parent "
                       "FROM pragma_foreign_key_list(:t)"
                     : "SELECT a.attname AS col, CAST(k.confrelid AS regclass) AS parent "
                       "FROM pg_constraint k JOIN pg_attribute a "
                       "ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey) "
                       "WHERE k.contype = 'f' AND k.conrelid = CAST(:t AS regclass)");
  q.bind("t", table);
  std::vector<ForeignKey> out;
  while (q.step()) out.push_back(ForeignKey{q.text("col"), q.text("parent")});
  return out;
}

}  // namespace cdmype::store
