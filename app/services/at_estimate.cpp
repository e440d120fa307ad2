// The request form's preview goes through the approval's own calculator, never a copy of its rules.
#include "services/at_estimate.hpp"

#include "core/budget.hpp"
#include "core/errors.hpp"
#include "services/subsidy_calculator.hpp"
#include "store/at_repository.hpp"
#include "store/budget_repository.hpp"
#include "store/enterprise_repository.hpp"

namespace cdmype::services {

AtEstimate estimate_new_at(ServiceContext& ctx, const Actor& actor, std::int64_t enterprise_id,
                           Money costo_total) {
  require(actor, Action::ViewAt);
  const auto empresa = store::EnterpriseRepository(ctx.sql()).get(enterprise_id);
  if (!empresa) throw UserError("La empresa elegida ya no existe; búsquela de nuevo.");
  const Date today = ctx.today();
  const Money before = store::AtRepository(ctx.sql()).approved_subsidy(enterprise_id, today.year());
  AtEstimate out;
  out.decision = SubsidyCalculator(ctx.sql()).decide(*empresa, costo_total, today, before);
  store::BudgetRepository budgets(ctx.sql());
  out.budget_warning = check_approval(budgets.get(today.year()), budgets.committed(today.year()),
                                      out.decision.subsidio);
  return out;
}

}  // namespace cdmype::services
