// Advisory sessions: log, amend within the 30-day rule (directors after), read and list.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class SessionService {
 public:
  explicit SessionService(ServiceContext& ctx) : ctx_(ctx) {}

  // LogSession. asesor_id 0 means the acting user; logging for someone else
  // is for directors only. Validated (core + references), audited.
  AdvisorySession log(const Actor& actor, AdvisorySession s);
  // LogSession, then core may_edit_session with created_on = the local date
  // of created_at: the author for 30 days, after that only a director
  // (PermissionDenied with the reason in Spanish). Version-checked
  // (StaleRecord); the before/after goes to the audit log.
  AdvisorySession update(const Actor& actor, AdvisorySession s);
  // Whether `update` would be allowed now (to enable the edit button).
  bool may_edit(const Actor& actor, const AdvisorySession& stored);

  // ViewSessions.
  std::optional<AdvisorySession> get(const Actor& actor, std::int64_t id);
  std::vector<AdvisorySession> by_enterprise(const Actor& actor, std::int64_t enterprise_id);
  std::vector<AdvisorySession> by_asesor_month(const Actor& actor, std::int64_t asesor_id,
                                               const YearMonth& month);
  std::int64_t count_by_enterprise(const Actor& actor, std::int64_t enterprise_id);

 private:
  Date created_on(const AdvisorySession& stored) const;
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
