// Fills the Spanish sort keys SQL cannot compute: once after migrating, and for rows other tools
// add.
#include "store/sort_keys.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/spanish_collation.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

struct KeyedName {
  const char* table;
  const char* name;
  const char* key;
};

// Every name a list sorts by, with its key column (0010_spanish_sort_keys.sql).
constexpr KeyedName kKeyedNames[] = {
    {"enterprise", "nombre", "nombre_orden"},
    {"enterprise", "titular_nombre", "titular_nombre_orden"},
    {"app_user", "full_name", "full_name_orden"},
    {"distrito", "nombre", "nombre_orden"},
    {"distrito", "municipio", "municipio_orden"},
    {"provider", "nombre", "nombre_orden"},
};

}  // namespace

void bind_sort_key(Statement& st, std::string_view parameter, std::string_view name) {
  st.bind_blob(parameter, spanish_sort_key(name));
}

bool sort_keys_missing(Connection& db) {
  // Each an index seek: NULLs come first in the key's index.
  for (const auto& k : kKeyedNames) {
    Statement q(db, std::string("SELECT 1 AS missing FROM ") + k.table + " WHERE " + k.key +
                        " IS NULL LIMIT 1");
    if (q.step()) return true;
  }
  return false;
}

void fill_missing_sort_keys(Connection& db) {
  require_transaction(db);
  for (const auto& k : kKeyedNames) {
    // Read first, then write: updating the column a running SELECT walks
    // (through its index) could skip or revisit rows.
    std::vector<std::pair<std::int64_t, std::string>> missing;
    Statement q(db, std::string("SELECT id, ") + k.name + " AS name FROM " + k.table + " WHERE " +
                        k.key + " IS NULL");
    while (q.step()) missing.emplace_back(q.int64("id"), q.text("name"));
    Statement up(db, std::string("UPDATE ") + k.table + " SET " + k.key + " = :key WHERE id = :id");
    for (const auto& [id, name] : missing) {
      bind_sort_key(up, "key", name);
      up.bind("id", id);
      up.execute();
    }
  }
}

}  // namespace cdmype::store
