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

}  // namespace cdmype::store
