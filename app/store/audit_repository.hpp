// The append-only audit log: who changed which record when, with before/after JSON snapshots.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/audit_seal.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// Who writes and when; every repository write takes one and stamps it on the
// record (created_by/updated_by, created_at/updated_at) and on the audit row.
struct Author {
  std::int64_t user_id = 0;  // 0: the system (e.g. the first account at init)
  std::string username;      // kept as text: the log must read right even if the user is renamed
  std::string at;            // ISO UTC timestamp
};

enum class AuditOp { Insert, Update, Delete };
std::string_view audit_op_code(AuditOp op);  // "insert", "update", "delete"

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;
  std::int64_t user_id = 0;
  std::string username;
  std::string operation;
  std::string table_name;  // "enterprise", "advisory_session", "app_user", "setting"
  std::int64_t record_id = 0;
  std::optional<std::string> before_json;  // nullopt on insert
  std::optional<std::string> after_json;   // nullopt on delete
};

// The columns read_audit_entry expects first, in this order.
inline constexpr const char* kAuditEntryColumns =
    "id, at, user_id, username, operation, table_name, record_id, before_json, after_json";
AuditEntry read_audit_entry(Statement& q);

// Table names as written in audit rows.
inline constexpr std::string_view kAuditEnterprise = "enterprise";
inline constexpr std::string_view kAuditSession = "advisory_session";
inline constexpr std::string_view kAuditUser = "app_user";
inline constexpr std::string_view kAuditSetting = "setting";

class AuditRepository {
 public:
  explicit AuditRepository(Connection& db) : db_(db), seal_(db) {}

  // Must run inside the transaction of the change it records; the insert
  // statement is prepared once and reused (bulk imports write one per row).
  // Each entry carries the hash chain of store/audit_chain.hpp, over the
  // snapshots as stored: their identifying fields sealed with the person's
  // key (store/audit_seal.hpp).
  void append(const Author& who, AuditOp op, std::string_view table, std::int64_t record_id,
              const std::optional<std::string>& before, const std::optional<std::string>& after);

  // Oldest first; snapshots as written (a forgotten person's fields read
  // kForgottenValue).
  std::vector<AuditEntry> for_record(std::string_view table, std::int64_t record_id);
  std::vector<AuditEntry> latest(int limit);
  std::int64_t count();

 private:
  void reveal(std::vector<AuditEntry>& entries);

  Connection& db_;
  AuditSeal seal_;
  std::optional<Statement> insert_;
  std::optional<Statement> head_;  // the newest entry, to chain the next one to
};

}  // namespace cdmype::store
