// The data_breach table: the breach log of the data-protection law.
#pragma once
#include <optional>
#include <vector>

#include "core/data_breach.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditBreach = "data_breach";

class BreachRepository {
 public:
  explicit BreachRepository(Connection& db) : db_(db) {}

  // Writes the breach and its audit entry; fills b.id.
  void insert(const Author& who, DataBreach& b);
  // Records when `to` was notified, with the audit entry.
  void set_notice(const Author& who, std::int64_t id, BreachRecipient to, Moment when);
  std::optional<DataBreach> find(std::int64_t id);
  // Newest first.
  std::vector<DataBreach> all();

 private:
  Connection& db_;
};

}  // namespace cdmype::store
