// Policy selection by date and the enterprise facts on that date, for approvals and imports.
#include "services/subsidy_calculator.hpp"

#include "core/subsidy_compute.hpp"
#include "core/subsidy_facts.hpp"
#include "store/policy_repository.hpp"
#include "store/size_law_repository.hpp"

namespace cdmype::services {

SubsidyCalculator::SubsidyCalculator(store::Connection& db)
    : versions_(store::PolicyRepository(db).all()),
      size_rules_(store::load_size_rules(db)) {}

PolicyVersion SubsidyCalculator::in_force(const Date& on) const {
  return policy_in_force(versions_, on);
}

SubsidyDecision SubsidyCalculator::decide(const Enterprise& e, Money costo_total, const Date& on,
                                          Money approved_this_year) const {
  return compute_subsidy(in_force(on), facts_of(e, on, size_rules_), costo_total,
                         approved_this_year);
}

}  // namespace cdmype::services
