// Writes and reads audit_log rows (UPDATE/DELETE are refused by triggers in the schema).
#include "store/audit_repository.hpp"

#include "store/audit_chain.hpp"
#include "store/sql_values.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

const std::string kSelect = std::string("SELECT ") + kAuditEntryColumns + " FROM audit_log ";

}  // namespace

AuditEntry read_audit_entry(Statement& q) {
  AuditEntry e;
  e.id = q.int64("id");
  e.at = q.text("at");
  e.user_id = column_id(q, "user_id");
  e.username = q.text("username");
  e.operation = q.text("operation");
  e.table_name = q.text("table_name");
  e.record_id = q.int64("record_id");
  e.before_json = q.optional_text("before_json");
  e.after_json = q.optional_text("after_json");
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
                    "record_id, before_json, after_json, id, chain_hash, "
                    "datos_personales_cifrados) "
                    "VALUES (:at, :user_id, :username, :operation, :table_name, :record_id, "
                    ":before_json, :after_json, :id, :chain_hash, 1)");
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
                         .before_json = seal_.seal(table, record_id, before, who.at),
                         .after_json = seal_.seal(table, record_id, after, who.at)};
  const std::string hash = audit_chain_hash(head.hash, entry);
  auto& st = *insert_;
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
  st.bind("username", who.username);
  st.bind("operation", audit_op_code(op));
  st.bind("table_name", table);
  st.bind("record_id", record_id);
  st.bind("before_json", entry.before_json);
  st.bind("after_json", entry.after_json);
  st.bind("id", entry.id);
  st.bind("chain_hash", hash);
  st.execute();
}

std::vector<AuditEntry> AuditRepository::for_record(std::string_view table,
                                                    std::int64_t record_id) {
  Statement q(db_, kSelect + "WHERE table_name = :table AND record_id = :record_id ORDER BY id");
  q.bind("table", table);
  q.bind("record_id", record_id);
  std::vector<AuditEntry> out;
  while (q.step()) out.push_back(read_audit_entry(q));
  reveal(out);
  return out;
}

std::vector<AuditEntry> AuditRepository::latest(int limit) {
  Statement q(db_, kSelect + "ORDER BY id DESC LIMIT :limit");
  q.bind("limit", limit);
  std::vector<AuditEntry> out;
  while (q.step()) out.push_back(read_audit_entry(q));
  reveal(out);
  return out;
}

void AuditRepository::reveal(std::vector<AuditEntry>& entries) {
  for (auto& e : entries) {
    e.before_json = seal_.reveal(e.before_json);
    e.after_json = seal_.reveal(e.after_json);
  }
}

std::int64_t AuditRepository::count() {
  return query_int64(db_, "SELECT COUNT(*) FROM audit_log").value_or(0);
}

}  // namespace cdmype::store
