// The at_budget table (one AT fund per year) and the committed / executed sums behind it.
#pragma once
#include <optional>
#include <vector>

#include "core/budget.hpp"
#include "core/dates.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

class BudgetRepository {
 public:
  explicit BudgetRepository(Connection& db) : db_(db), audit_(db) {}

  std::optional<AtBudget> get(int year);
  // Every year with a fund, oldest first.
  std::vector<AtBudget> all();
  // Inserts or replaces the year's fund, audited (table at_budget, record = row id).
  void put(const Author& who, const AtBudget& b);

  // Subsidies of AT approved in `year` that still commit the budget
  // (aprobada … liquidada); with `up_to`, only those approved on or before it.
  Money committed(int year, const std::optional<Date>& up_to = std::nullopt);
  // Subsidies of AT of `year` (by approval date) that are liquidada; with
  // `up_to`, only those settled on or before it (an imported liquidada AT
  // without a settlement date counts from its finish date).
  Money executed(int year, const std::optional<Date>& up_to = std::nullopt);

 private:
  Connection& db_;
  AuditRepository audit_;
};

}  // namespace cdmype::store
