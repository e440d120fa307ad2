// The stored Spanish sort keys (0010): binding one beside its name, and filling the missing ones.
#pragma once
#include <SQLiteCpp/Statement.h>

#include <string_view>

#include "store/sql/statement.hpp"

namespace cdmype::store {

// Binds spanish_sort_key(name) as a BLOB (BYTEA on PostgreSQL): byte order,
// whatever the engine's text collation. Every insert and update of a sorted
// name binds its key so.
void bind_sort_key(Statement& st, std::string_view parameter, std::string_view name);

// True when some sorted name has no key yet (a file just migrated to 0010,
// or a row written by another tool such as the sqlite3 shell). Needs 0010.
bool sort_keys_missing(Connection& db);

// Computes the missing keys, inside the caller's write transaction.
void fill_missing_sort_keys(Connection& db);

}  // namespace cdmype::store
