// The dated minimum wage rows that size an enterprise: read by all, added by the director.
#pragma once
#include <vector>

#include "core/minimum_wage.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class MinimumWageService {
 public:
  explicit MinimumWageService(ServiceContext& ctx) : ctx_(ctx) {}

  // Anyone signed in: the size shown on every screen depends on them. Oldest first.
  std::vector<MinimumWage> wages(const Actor& actor);
  // ManagePolicy (the director). core validate_new_wage: a positive amount
  // from a date after every stored row. ValidationFailed lists the problems. Audited.
  MinimumWage add(const Actor& actor, MinimumWage w);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
