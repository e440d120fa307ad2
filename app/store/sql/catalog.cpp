// The two engines' catalogs behind one question each.
#include "store/sql/catalog.hpp"

#include "store/sql/statement.hpp"

namespace cdmype::store {

bool table_exists(Connection& c, std::string_view table) {
  Statement q(c, c.engine() == Engine::SQLite
                     ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = :t"
                     : "SELECT COUNT(*) AS n FROM information_schema.tables "
                       "WHERE table_schema = current_schema() AND table_name = :t");
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
                     : "SELECT table_name AS name FROM information_schema.tables "
                       "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                       "ORDER BY table_name");
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.text("name"));
  return out;
}

}  // namespace cdmype::store
