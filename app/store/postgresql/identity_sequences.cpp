// setval for each identity column, from the catalog (no table list to keep in step).
#include "store/postgresql/identity_sequences.hpp"

#include <utility>
#include <vector>

#include "store/sql/statement.hpp"

namespace cdmype::store {

void sync_identity_sequences(Connection& c) {
  Statement identities(c,
                       "SELECT table_name AS t, column_name AS col FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND is_identity = 'YES'");
  std::vector<std::pair<std::string, std::string>> all;
  while (identities.step()) all.emplace_back(identities.text("t"), identities.text("col"));
  for (const auto& [table, column] : all)
    // is_called = false: the next nextval returns exactly MAX + 1 (1 for an empty table).
    c.execute_script("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column +
                     "'), COALESCE((SELECT MAX(" + column + ") FROM " + table +
                     "), 0) + 1, false)");
}

}  // namespace cdmype::store
