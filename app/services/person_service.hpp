// A person's rights over their data: olvido (cancelación) now, by DUI, across every record.
#pragma once
#include <cstdint>
#include <string>

#include "core/person_data.hpp"
#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/retention_review.hpp"
#include "store/compaction.hpp"

namespace cdmype::services {

// What `forget` changed, for the confirmation and the closing message.
struct ForgetOutcome {
  int empresas = 0;       // files where the person was titular
  int remisiones = 0;     // referrals of the person
  int participaciones = 0;  // training attendance under the person's name in those files
  int sesiones = 0;       // sessions, AT and results whose texts named them
  int claves = 0;         // audit keys destroyed
  store::CompactionOutcome compactacion;
};

// Where copies made before a forget still hold the person, and until when;
// shown before the second confirmation in the app and printed by the CLI.
std::string copies_that_remain_notice();

class PersonService {
 public:
  explicit PersonService(ServiceContext& ctx) : ctx_(ctx) {}

  // ForgetPerson (director). `dui` in any accepted spelling; `reason` is
  // required and is recorded in the audit log (it must not name the person).
  // In one transaction: every file where the DUI is the titular's (or a
  // natural person's NIT), its sessions, AT, results and training
  // participants under the titular's name, and every referral with the DUI
  // lose their identifying data (core/person_forgetting.hpp); their audit
  // keys are destroyed, so old snapshots read «[olvidado]»; one audit entry
  // records the reason and the counts. Then the database is compacted.
  // UserError when nothing holds the DUI or the reason is empty.
  ForgetOutcome forget(const Actor& actor, const std::string& dui, const std::string& reason);

  // ExportPersonData (director): every record the center holds on the person
  // with this DUI (derecho de acceso y portabilidad), read in one snapshot.
  // The delivery is recorded in the audit log (table "entrega_de_datos", the
  // counts only). UserError when nothing holds the DUI.
  PersonData gather(const Actor& actor, const std::string& dui);

  // ForgetPerson. The compaction again (another program had the file open).
  store::CompactionOutcome compact(const Actor& actor);

  // ManageDataProtection (director): closed or graduated files with no activity for the
  // center's retention years (setting retencion_anios, default 5), unless kept since then.
  std::vector<store::RetentionCandidate> retention_review(const Actor& actor);
  // Keeps a listed file for another period, with the reason (audited).
  void keep_file(const Actor& actor, const std::string& codigo, const std::string& reason);
  // Sets retencion_anios (1–100).
  void set_retention_years(const Actor& actor, int years);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
