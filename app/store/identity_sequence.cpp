// Moves a PostgreSQL identity sequence past the explicit ids a load wrote (nothing to do on
// SQLite).
#include "store/identity_sequence.hpp"

#include <string>
#include <vector>

#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

void advance_identity_past_max_id(Connection& c, std::string_view table) {
  if (c.engine() == Engine::SQLite) return;
  require_transaction(c);
  // setval(…, max, true): the next nextval() returns max + 1; an empty table
  // restarts at 1 (is_called false). The table name is bound as text, so it
  // needs no quoting.
  Statement q(c,
              "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
              "COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) AS last_id FROM " +
                  std::string(table));
  q.bind("table", table);
  q.step();
}

void advance_all_identities(Connection& c) {
  if (c.engine() == Engine::SQLite) return;
  Statement identities(c,
                       "SELECT table_name AS t FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND is_identity = 'YES' "
                       "AND column_name = 'id'");
  std::vector<std::string> tables;
  while (identities.step()) tables.push_back(identities.text("t"));
  for (const auto& t : tables) advance_identity_past_max_id(c, t);
}

}  // namespace cdmype::store
