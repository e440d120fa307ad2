// A person's consent — a file's titular, a referral's person, a training participant without a
// file: grants, withdrawals, objections and limitations recorded as new records (never edits),
// the state in force, the files whose consent is not registered, and who may be contacted for
// surveys or communications.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/consent.hpp"
#include "core/enterprise.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/consent_repository.hpp"

namespace cdmype::services {

// Whose identifying data an identified export leaves out, by the id of each kind of record.
struct WithheldPeople {
  std::unordered_set<std::int64_t> files;
  std::unordered_set<std::int64_t> referrals;
  std::unordered_set<std::int64_t> attendees;
};

// A new person's grant (a file's titular, a referral's person, a participant) checked before
// anything is written: a grant, with atención, dated, with only what that person may grant, and
// its text version stamped. nullopt passes through (imported history, or an interface that did
// not ask). store_intake_consent writes it inside the caller's transaction once the person's
// record has its id.
std::optional<ConsentRecord> checked_intake_consent(ServiceContext& ctx, ConsentPerson person,
                                                    std::optional<ConsentRecord> consent);
void store_intake_consent(ServiceContext& ctx, const Actor& actor, std::int64_t record_id,
                          std::optional<ConsentRecord> consent);

class ConsentService {
 public:
  explicit ConsentService(ServiceContext& ctx) : ctx_(ctx) {}

  // Grants and withdrawals: EditEnterprise; objection, limitation and lifting them:
  // ManageDataProtection. Validated against the state before it (core consent_problems). A
  // withdrawal of «datos sensibles» erases the titular's disability and returnee status at once
  // (audited). Returns the state after it.
  ConsentState record(const Actor& actor, const std::string& codigo, ConsentRecord next);
  // The same for a referral's person (ManageReferrals) or a participant without a file
  // (ManageTrainings); objection, limitation and lifting them: ManageDataProtection.
  ConsentState record(const Actor& actor, ConsentSubject subject, ConsentRecord next);

  // ViewEnterprises for a titular, ManageReferrals for a referral, ManageTrainings for a
  // participant (or ManageDataProtection for any).
  std::vector<ConsentRecord> history(const Actor& actor, ConsentSubject subject);
  ConsentState state(const Actor& actor, ConsentSubject subject);
  // The printable form for a stored file (`codigo`) or a new one (`draft`, not stored yet),
  // with the center and its delegado. ViewEnterprises.
  ConsentForm form(const Actor& actor, const std::string& codigo);
  ConsentForm form_for_draft(const Actor& actor, const Enterprise& draft);
  // The form for a referral's person (a ventanilla or ManageReferrals) or a participant without
  // a file (ManageTrainings), from what the intake form holds so far.
  ConsentForm form_for_person(const Actor& actor, ConsentPerson person, const std::string& nombre,
                              const std::string& dui);
  // Files without a registered consent, by código (limit < 0: all), and how many. Those holding
  // sensitive data are flagged only for whoever may see it (the director, the file's asesor).
  std::vector<store::ConsentFileRow> unregistered(const Actor& actor, int limit);
  std::int64_t unregistered_count(const Actor& actor);
  // Ids of the files, referrals and attendances whose person's identifying data must stay out of
  // identified exports (a withdrawal of «compartir», an objection or a limitation). ExportData.
  WithheldPeople withheld_from_sharing(const Actor& actor);
  // The files whose titular agreed to follow-up (Seguimiento) or communications
  // (Comunicaciones) and has not objected nor limited processing, by código: the list a survey
  // or an invitation is made from. ExportData.
  std::vector<store::ConsentFileRow> contactable(const Actor& actor, ConsentScope purpose);

 private:
  // Checks `next` against the person's records, writes it; the state after it.
  ConsentState append(const Actor& actor, ConsentRecord& next);
  void require_person_exists(const ConsentSubject& subject);
  // The center, its operator and delegado, today.
  ConsentForm blank_form();

  ServiceContext& ctx_;
};

}  // namespace cdmype::services
