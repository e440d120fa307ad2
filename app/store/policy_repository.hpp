// The subsidy_policy_version and subsidy_policy_rule tables: versions are added, never changed.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/subsidy_policy.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

class PolicyRepository {
 public:
  explicit PolicyRepository(Connection& db) : db_(db), audit_(db) {}

  // Writes the version and its rules (in order) and the audit row; fills v.id.
  // A second version on the same date is a UserError.
  void insert(const Author& who, PolicyVersion& v);
  // Every stored version, oldest effective date first, with its rules.
  std::vector<PolicyVersion> all();
  std::optional<PolicyVersion> get(std::int64_t id);

 private:
  Connection& db_;
  AuditRepository audit_;
};

}  // namespace cdmype::store
