// The minimum_wage table: dated rows, added and never changed.
#pragma once
#include <SQLiteCpp/Database.h>

#include <vector>

#include "core/minimum_wage.hpp"
#include "store/audit_repository.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditMinimumWage = "minimum_wage";

class MinimumWageRepository {
 public:
  explicit MinimumWageRepository(SQLite::Database& db) : db_(db) {}

  // Writes the row and its audit entry; fills w.id. A second row on the same
  // date is a UserError.
  void insert(const Author& who, MinimumWage& w);
  // Every row, oldest first.
  std::vector<MinimumWage> all();

 private:
  SQLite::Database& db_;
};

}  // namespace cdmype::store
