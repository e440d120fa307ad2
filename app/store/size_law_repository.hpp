// The size_law and size_law_micro_band tables, and the one loader of the size rules (laws and wages).
#pragma once
#include <vector>

#include "core/enterprise_size.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// Rows come with migrations (a reform is a new row); the program only reads them.
class SizeLawRepository {
 public:
  explicit SizeLawRepository(Connection& db) : db_(db) {}

  // Every law, oldest vigente_desde first, with its micro bands smallest first.
  std::vector<SizeLaw> all();

 private:
  Connection& db_;
};

// The laws and the minimum wages together: what every size on every screen,
// export, report and subsidy is computed with. Two queries; callers load it
// once per screen, report or batch, never per enterprise.
SizeRules load_size_rules(Connection& db);

}  // namespace cdmype::store
