// The breach log (Decreto Legislativo 144): a director records a security incident with
// personal data and when each party was notified; the 72-hour clock is read from it.
#pragma once
#include <string>
#include <vector>

#include "core/data_breach.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class BreachService {
 public:
  explicit BreachService(ServiceContext& ctx) : ctx_(ctx) {}

  // Validates (a description, detection not in the future) and writes it, audited.
  DataBreach record(const Actor& actor, DataBreach b);
  // When `to` was told; not before detection, not in the future, and only once.
  DataBreach notify(const Actor& actor, std::int64_t id, BreachRecipient to, Moment when);
  std::vector<DataBreach> all(const Actor& actor);
  Moment now() const { return ctx_.clock(); }

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
