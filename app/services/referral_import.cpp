// ReferralService::import_referrals: a ventanilla's `remisiones` file, idempotent by uuid;
// apply_center_states: the center's answer back in the ventanilla's database.
#include <unordered_set>

#include "core/errors.hpp"
#include "services/reference_checks.hpp"
#include "services/referral_service.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {
namespace {

constexpr std::size_t kMaxListedProblems = 200;

}  // namespace

ReferralImportSummary ReferralService::import_referrals(const Actor& actor,
                                                        std::vector<Referral> rows,
                                                        const ImportOptions& options) {
  require(actor, Action::ManageReferrals);
  require(actor, Action::ImportData);
  std::vector<std::string> problems;
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Referral& r = rows[i];
    canonicalize(r);
    // The center decides a referral's state: a new one enters the inbox,
    // or arrives attended when the file already names its enterprise file.
    r.estado = r.enterprise_id != 0 ? EstadoRemision::Atendida : EstadoRemision::Recibida;
    r.asesor_id = 0;
    r.motivo.clear();
    const std::string label = row_label(options.line_numbers, i);
    if (r.meta.uuid.empty()) {
      problems.push_back(label + "uuid: falta el identificador de la remisión");
    } else if (!seen.insert(r.meta.uuid).second) {
      problems.push_back(label + "uuid: la remisión " + r.meta.uuid +
                         " aparece más de una vez en el archivo");
    }
    for (const auto& p : validate(r)) problems.push_back(label + p);
  }
  if (!problems.empty()) {
    if (problems.size() > kMaxListedProblems) problems.resize(kMaxListedProblems);
    throw ValidationFailed(problems);
  }

  ReferralImportSummary summary;
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository repo(ctx_.sql());
  const store::Author who = ctx_.author(actor);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Referral& r = rows[i];
    if (auto stored = repo.by_uuid(r.meta.uuid)) {
      // The ventanilla owns the intake; the center's state and link stay.
      if (same_intake(*stored, r)) {
        ++summary.sin_cambios;
      } else {
        copy_intake(r, *stored);
        repo.update(who, *stored);
        ++summary.actualizadas;
      }
    } else {
      r.registrada_por = 0;  // arrived in a file, not typed here by a ventanilla account
      repo.insert(who, r);
      ++summary.nuevas;
    }
    if (options.progress && (i % 500 == 0 || i + 1 == rows.size()) &&
        !options.progress(i + 1, rows.size()))
      throw UserError("Importación cancelada; no se guardó nada.");
  }
  tx.commit();
  return summary;
}

ReferralStatusSummary ReferralService::apply_center_states(const Actor& actor,
                                                          std::vector<Referral> rows) {
  require(actor, Action::ViewOwnReferrals);
  ReferralStatusSummary summary;
  store::WriteTransaction tx(ctx_.db);
  store::ReferralRepository repo(ctx_.sql());
  const store::Author who = ctx_.author(actor);
  for (const Referral& r : rows) {
    auto stored = repo.by_uuid(r.meta.uuid);
    if (!stored || stored->registrada_por != actor.user_id) {
      ++summary.ignoradas;
      continue;
    }
    const std::int64_t enterprise_id = r.enterprise_id != 0 ? r.enterprise_id : stored->enterprise_id;
    if (stored->estado == r.estado && stored->enterprise_id == enterprise_id) {
      ++summary.sin_cambios;
      continue;
    }
    stored->estado = r.estado;
    stored->enterprise_id = enterprise_id;
    repo.update(who, *stored);
    ++summary.actualizadas;
  }
  tx.commit();
  return summary;
}

}  // namespace cdmype::services
