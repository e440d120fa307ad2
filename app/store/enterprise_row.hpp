// The enterprise table's columns: the SQL text built once from one list, binding and reading a row.
#pragma once
#include <SQLiteCpp/Statement.h>

#include <string>

#include "core/enterprise.hpp"

namespace cdmype::store {

// Placeholder numbering shared by the insert and update statements:
// ?1..?27 the record's fields in column order, ?28 uuid (insert) or id
// (update), ?29 timestamp, ?30 user id, ?31 expected version (update),
// ?32 and ?33 the Spanish sort keys of nombre and titular_nombre (derived,
// bound with the fields, never read back).
inline constexpr int kEnterpriseFieldCount = 27;
inline constexpr int kEnterpriseNombreOrden = 32;

const std::string& enterprise_insert_sql();
const std::string& enterprise_update_sql();
// "e.id, e.uuid, …" for SELECTs with the table aliased as `e`; read with read_enterprise.
const std::string& enterprise_select_columns();

void bind_enterprise_fields(SQLite::Statement& st, const Enterprise& e);
// Reads the columns of enterprise_select_columns() starting at `first`.
Enterprise read_enterprise(SQLite::Statement& q, int first = 0);
inline constexpr int kEnterpriseSelectCount = 7 + kEnterpriseFieldCount;

}  // namespace cdmype::store
