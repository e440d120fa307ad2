// Minimum wage rows: permission, validation against the stored rows, one audited transaction.
#include "services/minimum_wage_service.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/minimum_wage_repository.hpp"
#include "store/size_law_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

SizeRules MinimumWageService::rules(const Actor&) { return store::load_size_rules(ctx_.sql()); }

std::vector<MinimumWage> MinimumWageService::wages(const Actor&) {
  return store::MinimumWageRepository(ctx_.sql()).all();
}

MinimumWage MinimumWageService::add(const Actor& actor, MinimumWage w) {
  require(actor, Action::ManagePolicy);
  w.id = 0;
  w.nota = trim(w.nota);
  store::WriteTransaction tx(ctx_.db);
  store::MinimumWageRepository repo(ctx_.sql());
  if (auto problems = validate_new_wage(w, repo.all()); !problems.empty())
    throw ValidationFailed(problems);
  repo.insert(ctx_.author(actor), w);
  tx.commit();
  return w;
}

}  // namespace cdmype::services
