// Annual goals (metas) of the center's plan: set by the director, read with the reports.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/goal_repository.hpp"

namespace cdmype::services {

class GoalService {
 public:
  explicit GoalService(ServiceContext& ctx) : ctx_(ctx) {}

  // ManageGoals. `indicador` must be a code of core/indicators.hpp and
  // `value` (in the indicator's unit: cents for money, whole hours for
  // "horas") zero or more; 0 means "no goal". Year 2000–2100. Audited.
  store::AnnualGoal set(const Actor& actor, int year, const std::string& indicador,
                        std::int64_t value);

  // ViewReports. One year's goals in the order of core indicators(), or
  // every year's (by year) when `year` is nullopt.
  std::vector<store::AnnualGoal> show(const Actor& actor, std::optional<int> year = std::nullopt);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
