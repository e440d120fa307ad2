// Reading a record's RecordMeta from the standard columns every audited table has.
#pragma once
#include "core/enterprise.hpp"
#include "store/sql/statement.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

// Columns id, uuid, version, created_at, updated_at, created_by, updated_by
// (the last two NULL for the system).
inline void read_record_meta(Statement& q, RecordMeta& m) {
  m.id = q.int64("id");
  m.uuid = q.text("uuid");
  m.version = q.int32("version");
  m.created_at = q.text("created_at");
  m.updated_at = q.text("updated_at");
  m.created_by = column_id(q, "created_by");
  m.updated_by = column_id(q, "updated_by");
}

}  // namespace cdmype::store
