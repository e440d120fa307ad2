// Budget use cases over the at_budget table and the frozen subsidies of approved AT.
#include "services/budget_service.hpp"

#include "core/errors.hpp"
#include "store/budget_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

BudgetFigures budget_figures_of(store::Connection& db, int year, const std::optional<Date>& up_to) {
  store::BudgetRepository repo(db);
  BudgetFigures f;
  f.year = year;
  f.committed = repo.committed(year, up_to);
  f.executed = repo.executed(year, up_to);
  if (const auto b = repo.get(year)) {
    f.fondo = b->fondo;
    f.remaining = b->fondo - f.committed;
  }
  return f;
}

AtBudget BudgetService::set(const Actor& actor, const AtBudget& b) {
  require(actor, Action::ManageBudget);
  if (auto problems = validate(b); !problems.empty()) throw ValidationFailed(problems);
  store::WriteTransaction tx(ctx_.db);
  store::BudgetRepository(ctx_.sql()).put(ctx_.author(actor), b);
  tx.commit();
  return b;
}

std::optional<AtBudget> BudgetService::get(const Actor& actor, int year) {
  require(actor, Action::ViewAt);
  return store::BudgetRepository(ctx_.sql()).get(year);
}

std::vector<AtBudget> BudgetService::all(const Actor& actor) {
  require(actor, Action::ViewAt);
  return store::BudgetRepository(ctx_.sql()).all();
}

BudgetFigures BudgetService::figures(const Actor& actor, int year) {
  require(actor, Action::ViewAt);
  return budget_figures_of(ctx_.sql(), year);
}

}  // namespace cdmype::services
