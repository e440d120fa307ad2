// The subsidy an approval would freeze: policy in force on the date, the enterprise's facts, caps.
#pragma once
#include <optional>
#include <vector>

#include "core/dates.hpp"
#include "core/enterprise.hpp"
#include "core/enterprise_size.hpp"
#include "core/money.hpp"
#include "core/subsidy_decision.hpp"
#include "core/subsidy_policy.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::services {

// Loads the stored policy versions and the size rules once, so an
// import of many approved AT asks the database one time.
class SubsidyCalculator {
 public:
  explicit SubsidyCalculator(store::Connection& db);

  PolicyVersion in_force(const Date& on) const;
  // compute_subsidy under the version in force on `on`, with the facts of
  // the enterprise on that date; `approved_this_year` is what the enterprise
  // already got in that calendar year (for the per-enterprise cap).
  SubsidyDecision decide(const Enterprise& e, Money costo_total, const Date& on,
                         Money approved_this_year) const;

 private:
  std::vector<PolicyVersion> versions_;
  SizeRules size_rules_;
};

}  // namespace cdmype::services
