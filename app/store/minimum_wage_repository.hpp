// The minimum_wage table: dated rows, added and never changed.
#pragma once
#include <vector>

#include "core/minimum_wage.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditMinimumWage = "minimum_wage";

class MinimumWageRepository {
 public:
  explicit MinimumWageRepository(Connection& db) : db_(db) {}

  // Writes the row and its audit entry; fills w.id. A second row on the same
  // date is a UserError.
  void insert(const Author& who, MinimumWage& w);
  // Every row, oldest first.
  std::vector<MinimumWage> all();

 private:
  Connection& db_;
};

}  // namespace cdmype::store
