// What a new AT request would get if approved today: the request form's live preview.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/money.hpp"
#include "core/permissions.hpp"
#include "core/subsidy_decision.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

struct AtEstimate {
  SubsidyDecision decision;  // percentage, subsidy, co-payment and the reasons
  // Why approving it today would overdraw the year's AT fund; nullopt when it fits or no fund is
  // set. A warning for the asesor: the director's approval is where it is refused.
  std::optional<std::string> budget_warning;
};

// ViewAt. The same calculation approve() freezes (policy in force today, the enterprise's facts,
// what it already got this year, the caps), for an AT not yet written. UserError when the
// enterprise does not exist.
AtEstimate estimate_new_at(ServiceContext& ctx, const Actor& actor, std::int64_t enterprise_id,
                           Money costo_total);

}  // namespace cdmype::services
