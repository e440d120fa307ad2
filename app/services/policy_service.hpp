// The subsidy policy versions and the approval queue's weights: read by all, changed by the
// director.
#pragma once
#include <vector>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "core/priority_score.hpp"
#include "core/subsidy_policy.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class PolicyService {
 public:
  explicit PolicyService(ServiceContext& ctx) : ctx_(ctx) {}

  // ViewAt. The stored versions, oldest first (the built-in default is not among them).
  std::vector<PolicyVersion> versions(const Actor& actor);
  // ViewAt. The version in force on `on` (the built-in default before any).
  PolicyVersion in_force(const Actor& actor, const Date& on);
  // ManagePolicy. Adds a version from its date (core validate_new_version: it
  // must start after every stored one) and also after the last approval
  // already decided, so no approved AT ends up under a version that did not
  // exist when it was approved. ValidationFailed lists the problems. Audited.
  PolicyVersion add(const Actor& actor, PolicyVersion v);

  // ViewAt. The queue weights from the settings (defaults where absent).
  PriorityWeights weights(const Actor& actor);
  // ManagePolicy. Validated; each changed weight is an audited setting.
  void set_weights(const Actor& actor, const PriorityWeights& w);

 private:
  ServiceContext& ctx_;
};

// The weights as stored in the settings (prioridad_peso_*), for the queue.
PriorityWeights load_priority_weights(store::Connection& db);

}  // namespace cdmype::services
