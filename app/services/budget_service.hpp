// The yearly AT fund: set by the director, read with committed / executed / remaining.
#pragma once
#include <optional>
#include <vector>

#include "core/budget.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class BudgetService {
 public:
  explicit BudgetService(ServiceContext& ctx) : ctx_(ctx) {}

  // ManageBudget. Validated (core validate), inserted or replaced, audited.
  // Lowering a fund below what is committed is allowed (the approvals stand);
  // the figures then show a negative remaining amount.
  AtBudget set(const Actor& actor, const AtBudget& b);
  // ViewAt.
  std::optional<AtBudget> get(const Actor& actor, int year);
  std::vector<AtBudget> all(const Actor& actor);
  // ViewAt. Fund (nullopt when not set: not limited), committed, executed, remaining.
  BudgetFigures figures(const Actor& actor, int year);

 private:
  ServiceContext& ctx_;
};

// The figures of `year` straight from the store (no permission check), as
// of `up_to` when given: the monthly report's year-to-date.
BudgetFigures budget_figures_of(store::Connection& db, int year,
                                const std::optional<Date>& up_to = std::nullopt);

}  // namespace cdmype::services
