// Referrals (remisiones): the ventanilla records and follows its own; the center assigns, links,
// opens files or declines. Permissions are enforced here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/consent.hpp"
#include "core/duplicate_match.hpp"
#include "core/permissions.hpp"
#include "core/referral.hpp"
#include "services/import_service.hpp"
#include "services/service_context.hpp"
#include "store/referral_repository.hpp"

namespace cdmype::services {

// An enterprise file the referral is probably about, and why.
struct DuplicateSuggestion {
  Enterprise enterprise;
  std::vector<MatchReason> reasons;
};

// What an import of a `remisiones` file did.
struct ReferralImportSummary {
  std::size_t nuevas = 0;
  std::size_t actualizadas = 0;  // intake fields changed in the file
  std::size_t sin_cambios = 0;   // already here as in the file
};

// What a ventanilla's import of the center's `remisiones` file did.
struct ReferralStatusSummary {
  std::size_t actualizadas = 0;  // estado or empresa changed by the center
  std::size_t sin_cambios = 0;
  std::size_t ignoradas = 0;  // rows of other ventanillas (or not recorded here)
};

class ReferralService {
 public:
  explicit ReferralService(ServiceContext& ctx) : ctx_(ctx) {}

  // CreateReferral (a ventanilla: the referral is its own, estado recibida)
  // or ManageReferrals (center staff noting a referral that came by phone). `consent`: the
  // person's grant as asked at intake (checked_intake_consent), stored with it.
  Referral record(const Actor& actor, Referral r,
                  std::optional<ConsentRecord> consent = std::nullopt);

  // A ventanilla (ViewOwnReferrals) sees only the referrals it recorded,
  // whatever the filter says; the center (ManageReferrals) sees all.
  std::vector<Referral> list(const Actor& actor, store::ReferralFilter filter = {});
  // The center's inbox: referrals still `recibida`, oldest first.
  std::vector<Referral> inbox(const Actor& actor);
  // By uuid or a unique start or end of it (at least 4 characters; lists
  // show short_id(), its last 8). UserError when none or several match, or when a ventanilla
  // asks for one that is not its own (worded as "no existe": it must not
  // learn that other referrals exist).
  Referral find(const Actor& actor, std::string_view uuid_or_prefix);

  // ManageReferrals. recibida/asignada → asignada to an active asesor or director.
  Referral assign(const Actor& actor, std::int64_t referral_id, std::int64_t asesor_id);
  // ManageReferrals + ViewEnterprises. → atendida, linked to an existing file.
  Referral link(const Actor& actor, std::int64_t referral_id, std::int64_t enterprise_id);
  // ManageReferrals + EditEnterprise. Opens a new file from `file` (start from
  // enterprise_from_referral and complete it) and links it, in one transaction. Without
  // `consent`, the grant the person gave at the ventanilla (if any) opens the file.
  std::pair<Referral, Enterprise> open_file(const Actor& actor, std::int64_t referral_id,
                                            Enterprise file,
                                            const std::optional<ConsentRecord>& consent =
                                                std::nullopt);
  // ManageReferrals. → no_procede with a reason.
  Referral reject(const Actor& actor, std::int64_t referral_id, const std::string& motivo);

  // ManageReferrals. Files with the same DUI, or the same folded name in the
  // referral's distrito, best first (more reasons first, then código).
  std::vector<DuplicateSuggestion> suggestions(const Actor& actor, std::int64_t referral_id);
  // The same check for a file about to be created (DUI, NIT, name + distrito).
  std::vector<DuplicateSuggestion> suggestions_for(const Actor& actor, const Enterprise& draft);

  // ManageReferrals. A ventanilla's file: a new uuid is inserted; a known
  // uuid gets only the intake fields updated, and only when they changed
  // (re-importing the same file writes nothing). Estado and empresa of new
  // rows are taken from the file. All-or-nothing (ValidationFailed).
  ReferralImportSummary import_referrals(const Actor& actor, std::vector<Referral> rows,
                                         const ImportOptions& options = {});
  // ViewOwnReferrals (the ventanilla's side of the exchange). For each row
  // that is one of this actor's own referrals (same uuid), takes the
  // center's estado, and the enterprise when the file names one known here;
  // the intake fields are never touched. Other rows are counted as ignored.
  ReferralStatusSummary apply_center_states(const Actor& actor, std::vector<Referral> rows);
  // For the export: the referrals this actor may see (see list()), oldest first.
  void for_each_visible(const Actor& actor, const std::function<bool(const Referral&)>& visit);

 private:
  Referral load_for_change(store::ReferralRepository& repo, std::int64_t id);
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
