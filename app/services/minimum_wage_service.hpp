// The size rules (dated MYPE laws and minimum wages) every size is computed with; wages added by the director.
#pragma once
#include <vector>

#include "core/enterprise_size.hpp"
#include "core/minimum_wage.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class MinimumWageService {
 public:
  explicit MinimumWageService(ServiceContext& ctx) : ctx_(ctx) {}

  // Anyone signed in: the size shown on every screen depends on them. The
  // one place callers get the laws and wages from (store::load_size_rules);
  // read once per screen, export or report, not per enterprise.
  SizeRules rules(const Actor& actor);
  // The wage rows alone, oldest first, for the list on screen and in the CLI.
  std::vector<MinimumWage> wages(const Actor& actor);
  // ManagePolicy (the director). core validate_new_wage: a positive amount
  // from a date after every stored row. ValidationFailed lists the problems. Audited.
  MinimumWage add(const Actor& actor, MinimumWage w);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
