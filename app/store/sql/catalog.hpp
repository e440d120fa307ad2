// What the schema holds, asked the way each engine answers it (sqlite_master / information_schema).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "store/sql/connection.hpp"

namespace cdmype::store {

bool table_exists(Connection& c, std::string_view table);
bool column_exists(Connection& c, std::string_view table, std::string_view column);
// The program's tables (no engine catalogs, no search-index internals), sorted by name.
std::vector<std::string> user_tables(Connection& c);

// The columns a row is written with, in table order: generated columns
// (computed by the engine, e.g. the search vector) are left out.
std::vector<std::string> stored_columns(Connection& c, std::string_view table);
std::vector<std::string> primary_key_columns(Connection& c, std::string_view table);

struct ForeignKey {
  std::string column;
  std::string parent_table;
};
std::vector<ForeignKey> foreign_keys(Connection& c, std::string_view table);

}  // namespace cdmype::store
