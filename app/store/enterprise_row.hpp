// The enterprise table's columns: the SQL text built once from one list, binding and reading a row.
#pragma once
#include <array>
#include <string>

#include "core/enterprise.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// The insert and update statements name each field's parameter after its
// column (:codigo, :nombre …), plus :at (timestamp), :user_id (author),
// :uuid (insert), :id and :version (update, the expected version), and
// :nombre_orden / :titular_nombre_orden, the Spanish sort keys (derived,
// bound with the fields, never read back). The insert returns the new id.
const std::string& enterprise_insert_sql();
const std::string& enterprise_update_sql();
// "e.id, e.uuid, …" for SELECTs with the table aliased as `e`; read with
// EnterpriseReader. Joined tables must alias columns that share these names.
const std::string& enterprise_select_columns();

void bind_enterprise_fields(Statement& st, const Enterprise& e);
// Reads the columns of enterprise_select_columns() from the current row of
// `q`. The 34 columns are found by name once, at the first row (some engines
// know them only once the statement runs), then read by position: exports
// and imports read tens of thousands of files.
// One reader per statement (it keeps that statement's positions).
class EnterpriseReader {
 public:
  Enterprise read(Statement& q);

 private:
  std::array<int, 34> at_{};
  bool resolved_ = false;
};

}  // namespace cdmype::store
