// The enterprise files a duplicate check must look at: same DUI, same NIT or same distrito.
#pragma once
#include <vector>

#include "core/duplicate_match.hpp"
#include "core/enterprise.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// SQL narrows by the indexed columns (DUI, NIT, distrito); core decides the
// name match, because folding accents is not portable SQL. Ordered by código.
std::vector<Enterprise> duplicate_candidates(Connection& db, const DuplicateKey& key);

}  // namespace cdmype::store
