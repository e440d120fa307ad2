// Writes and reads audit_log rows (UPDATE/DELETE are refused by triggers in the schema).
#include "store/audit_repository.hpp"

#include "store/audit_chain.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

const std::string kSelect = std::string("SELECT ") + kAuditEntryColumns + " FROM audit_log ";

void bind_optional_text(SQLite::Statement& st, int index, const std::optional<std::string>& v) {
  if (v)
    st.bindNoCopy(index, *v);
  else
    st.bind(index);
}

}  // namespace

AuditEntry read_audit_entry(SQLite::Statement& q) {
  AuditEntry e;
  e.id = q.getColumn(0).getInt64();
  e.at = q.getColumn(1).getString();
  e.user_id = column_id(q.getColumn(2));
  e.username = q.getColumn(3).getString();
  e.operation = q.getColumn(4).getString();
  e.table_name = q.getColumn(5).getString();
  e.record_id = q.getColumn(6).getInt64();
  if (!q.getColumn(7).isNull()) e.before_json = q.getColumn(7).getString();
  if (!q.getColumn(8).isNull()) e.after_json = q.getColumn(8).getString();
  return e;
}

std::string_view audit_op_code(AuditOp op) {
  switch (op) {
    case AuditOp::Insert:
      return "insert";
    case AuditOp::Update:
      return "update";
    case AuditOp::Delete:
      return "delete";
  }
  return "";
}

void AuditRepository::append(const Author& who, AuditOp op, std::string_view table,
                             std::int64_t record_id, const std::optional<std::string>& before,
                             const std::optional<std::string>& after) {
  require_transaction(db_);
  if (!insert_)
    insert_.emplace(db_,
                    "INSERT INTO audit_log (at, user_id, username, operation, table_name, "
                    "record_id, before_json, after_json, id, chain_hash) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!head_) head_.emplace(db_, std::string(kAuditChainHeadSql));
  // Chained to the newest entry, read under this transaction's write lock,
  // so the id is known before the insert and no other writer can slip in.
  const AuditChainHead head = read_audit_chain_head(*head_);
  const AuditEntry entry{.id = head.id + 1,
                         .at = who.at,
                         .user_id = who.user_id,
                         .username = who.username,
                         .operation = std::string(audit_op_code(op)),
                         .table_name = std::string(table),
                         .record_id = record_id,
                         .before_json = before,
                         .after_json = after};
  const std::string hash = audit_chain_hash(head.hash, entry);
  auto& st = *insert_;
  st.bindNoCopy(1, who.at);
  bind_id_or_null(st, 2, who.user_id);
  st.bindNoCopy(3, who.username);
  st.bind(4, std::string(audit_op_code(op)));
  st.bind(5, std::string(table));
  st.bind(6, static_cast<int64_t>(record_id));
  bind_optional_text(st, 7, before);
  bind_optional_text(st, 8, after);
  st.bind(9, static_cast<int64_t>(entry.id));
  st.bindNoCopy(10, hash);
  st.exec();
  st.reset();
}

std::vector<AuditEntry> AuditRepository::for_record(std::string_view table,
                                                    std::int64_t record_id) {
  SQLite::Statement q(
      db_, kSelect + "WHERE table_name = ?1 AND record_id = ?2 ORDER BY id");
  q.bind(1, std::string(table));
  q.bind(2, static_cast<int64_t>(record_id));
  std::vector<AuditEntry> out;
  while (q.executeStep()) out.push_back(read_audit_entry(q));
  return out;
}

std::vector<AuditEntry> AuditRepository::latest(int limit) {
  SQLite::Statement q(db_, kSelect + "ORDER BY id DESC LIMIT ?1");
  q.bind(1, limit);
  std::vector<AuditEntry> out;
  while (q.executeStep()) out.push_back(read_audit_entry(q));
  return out;
}

std::int64_t AuditRepository::count() {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM audit_log");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
