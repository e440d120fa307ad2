// Converts the audit rows of databases from before 0016, in batches.
#include "store/audit_seal_upgrade.hpp"

#include <vector>

#include "core/json_text.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_repository.hpp"
#include "store/audit_seal.hpp"
#include "store/sql/catalog.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

namespace {

constexpr int kBatch = 2000;

struct StoredRow {
  AuditEntry entry;
  std::string hash;
};

std::vector<StoredRow> next_batch(Statement& q, std::int64_t after_id) {
  q.bind("after", after_id);
  q.bind("n", kBatch);
  std::vector<StoredRow> out;
  while (q.step()) {
    StoredRow r{read_audit_entry(q), q.optional_text("chain_hash").value_or("")};
    out.push_back(std::move(r));
  }
  q.reset();
  return out;
}

}  // namespace

std::int64_t seal_personal_audit_fields(Connection& db, std::string_view now) {
  if (!column_exists(db, "audit_log", "datos_personales_cifrados")) return 0;
  Statement rows(db, std::string("SELECT ") + kAuditEntryColumns +
                         ", chain_hash FROM audit_log WHERE datos_personales_cifrados = 0 "
                         "AND id > :after ORDER BY id LIMIT :n");
  auto batch = next_batch(rows, 0);
  if (batch.empty()) return 0;
  std::string old_previous, new_previous;
  {
    Statement before(db, "SELECT chain_hash FROM audit_log WHERE id < :id ORDER BY id DESC LIMIT 1");
    before.bind("id", batch.front().entry.id);
    if (before.step()) old_previous = new_previous = before.text("chain_hash");
  }
  Statement update(db,
                   "UPDATE audit_log SET before_json = :before_json, after_json = :after_json, "
                   "chain_hash = :chain_hash, datos_personales_cifrados = 1 WHERE id = :id");
  AuditSeal seal(db);
  bool broken = false;
  std::int64_t converted = 0;
  std::string old_head;
  while (!batch.empty()) {
    for (auto& row : batch) {
      AuditEntry& e = row.entry;
      if (!broken && audit_chain_hash(old_previous, e) != row.hash) broken = true;
      old_previous = row.hash;
      old_head = row.hash;
      e.before_json = seal.seal(e.table_name, e.record_id, e.before_json, e.at);
      e.after_json = seal.seal(e.table_name, e.record_id, e.after_json, e.at);
      const std::string hash = broken ? row.hash : audit_chain_hash(new_previous, e);
      new_previous = hash;
      update.bind("before_json", e.before_json);
      update.bind("after_json", e.after_json);
      update.bind("chain_hash", hash);
      update.bind("id", e.id);
      update.execute();
      ++converted;
    }
    batch = next_batch(rows, batch.back().entry.id);
  }
  const std::string note = "{\"motivo\":\"datos personales cifrados (0016)\",\"filas\":" +
                           std::to_string(converted) + ",\"cabeza_anterior\":" +
                           json_quote(old_head) + "}";
  AuditRepository(db).append(Author{0, "sistema", std::string(now)}, AuditOp::Update,
                             "audit_log", 0, std::nullopt, note);
  return converted;
}

}  // namespace cdmype::store
