// The advisory_session table: insert/update with audit and version check, lists, counts.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/dates.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// Keeps its insert statement prepared between calls (bulk imports).
class SessionRepository {
 public:
  explicit SessionRepository(Connection& db) : db_(db), audit_(db) {}

  // An empty uuid gets a new one; fills s.meta and writes the audit row.
  // A missing enterprise or asesor is a UserError.
  void insert(const Author& who, AdvisorySession& s);
  // StaleRecord ("Otra persona modificó esta sesión (versión N) …") when
  // s.meta.version is not the stored one. Audited before/after.
  void update(const Author& who, AdvisorySession& s);

  std::optional<AdvisorySession> get(std::int64_t id);
  // Newest first (fecha, then id).
  std::vector<AdvisorySession> by_enterprise(std::int64_t enterprise_id);
  // Oldest first, fecha within the month.
  std::vector<AdvisorySession> by_asesor_month(std::int64_t asesor_id, const YearMonth& month);
  std::int64_t count_by_enterprise(std::int64_t enterprise_id);
  std::int64_t count_in_month(const YearMonth& month);
  std::int64_t count_all();

 private:
  // `where_order` uses :id and, when given, :from and :to.
  std::vector<AdvisorySession> select(const std::string& where_order, std::int64_t id,
                                      const std::optional<YearMonth>& month = std::nullopt);

  Connection& db_;
  AuditRepository audit_;
  std::optional<Statement> insert_;
};

}  // namespace cdmype::store
