// Filling a record's RecordMeta after a repository wrote it (ids, versions, who and when).
#pragma once
#include <cstdint>

#include "core/enterprise.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

// A row just inserted: id, version 1, created/updated now by `who`.
inline void stamp_inserted(RecordMeta& m, std::int64_t id, const Author& who) {
  m.id = id;
  m.version = 1;
  m.created_at = m.updated_at = who.at;
  m.created_by = m.updated_by = who.user_id;
}

// A row just updated from `before`: its identity and creation kept, the
// version bumped, updated now by `who`.
inline void stamp_updated(RecordMeta& m, const RecordMeta& before, const Author& who) {
  m.uuid = before.uuid;
  m.created_at = before.created_at;
  m.created_by = before.created_by;
  m.version = before.version + 1;
  m.updated_at = who.at;
  m.updated_by = who.user_id;
}

// The stamp columns every record table has (id, uuid, version, created_at,
// updated_at, created_by, updated_by), read by name from the current row.
inline RecordMeta read_record_meta(Statement& q) {
  RecordMeta m;
  m.id = q.int64("id");
  m.uuid = q.text("uuid");
  m.version = q.int32("version");
  m.created_at = q.text("created_at");
  m.updated_at = q.text("updated_at");
  m.created_by = column_id(q, "created_by");
  m.updated_by = column_id(q, "updated_by");
  return m;
}

}  // namespace cdmype::store
