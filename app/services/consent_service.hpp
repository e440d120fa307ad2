// A titular's consent: grants, withdrawals, objections and limitations recorded as new records
// (never edits), the state in force, the files whose consent is not registered, and who may be
// contacted for surveys or communications.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/consent.hpp"
#include "core/enterprise.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/consent_repository.hpp"

namespace cdmype::services {

class ConsentService {
 public:
  explicit ConsentService(ServiceContext& ctx) : ctx_(ctx) {}

  // Grants and withdrawals: EditEnterprise; objection, limitation and lifting them:
  // ManageDataProtection. Validated against the state before it (core consent_problems). A
  // withdrawal of «datos sensibles» erases the titular's disability and returnee status at once
  // (audited). Returns the state after it.
  ConsentState record(const Actor& actor, const std::string& codigo, ConsentRecord next);

  // ViewEnterprises.
  std::vector<ConsentRecord> history(const Actor& actor, std::int64_t enterprise_id);
  ConsentState state(const Actor& actor, std::int64_t enterprise_id);
  // The printable form for a stored file (`codigo`) or a new one (`draft`, not stored yet),
  // with the center and its delegado. ViewEnterprises.
  ConsentForm form(const Actor& actor, const std::string& codigo);
  ConsentForm form_for_draft(const Actor& actor, const Enterprise& draft);
  // Files without a registered consent, by código (limit < 0: all), and how many.
  std::vector<store::ConsentFileRow> unregistered(const Actor& actor, int limit);
  std::int64_t unregistered_count(const Actor& actor);
  // Ids of the files whose identifying data must stay out of identified exports (a withdrawal of
  // «compartir», an objection or a limitation). ExportData.
  std::unordered_set<std::int64_t> withheld_from_sharing(const Actor& actor);
  // The files whose titular agreed to follow-up (Seguimiento) or communications
  // (Comunicaciones) and has not objected nor limited processing, by código: the list a survey
  // or an invitation is made from. ExportData.
  std::vector<store::ConsentFileRow> contactable(const Actor& actor, ConsentScope purpose);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
