// The referral table: insert/update with audit and version check, lookups by uuid, lists.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/referral.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditReferral = "referral";

// Which referrals a list shows; unset fields do not filter.
struct ReferralFilter {
  std::optional<EstadoRemision> estado;
  std::int64_t registrada_por = 0;  // a ventanilla's own
  std::int64_t asesor_id = 0;
  int distrito_id = 0;
  int limit = 0;  // 0: all
};

// Keeps its insert statement prepared between calls (bulk imports and demo).
class ReferralRepository {
 public:
  explicit ReferralRepository(Connection& db) : db_(db), audit_(db) {}

  // An empty uuid gets a new one; fills r.meta and writes the audit row.
  void insert(const Author& who, Referral& r);
  // Version-checked (StaleRecord); audited before/after.
  void update(const Author& who, Referral& r);

  std::optional<Referral> get(std::int64_t id);
  std::optional<Referral> by_uuid(std::string_view uuid);
  // Every referral of the person with this canonical DUI, oldest first.
  std::vector<Referral> by_dui(std::string_view dui);
  // Up to two referrals whose uuid starts or ends with `part` (two: ambiguous).
  std::vector<Referral> by_uuid_part(std::string_view part);
  // Oldest first (fecha, id).
  std::vector<Referral> list(const ReferralFilter& filter);
  // Every referral in file order for export (fecha, id); stop by returning false.
  void for_each(const ReferralFilter& filter, const std::function<bool(const Referral&)>& visit);
  std::int64_t count_all();

 private:
  Connection& db_;
  AuditRepository audit_;
  std::optional<Statement> insert_;
  // Kept for bulk writers (the national demo updates 20,000 referrals).
  std::optional<Statement> update_, get_;
};

}  // namespace cdmype::store
