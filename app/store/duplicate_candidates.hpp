// The enterprise files a duplicate check must look at: same DUI, same NIT or same distrito.
#pragma once
#include <SQLiteCpp/Database.h>

#include <vector>

#include "core/duplicate_match.hpp"
#include "core/enterprise.hpp"

namespace cdmype::store {

// SQL narrows by the indexed columns (DUI, NIT, distrito); core decides the
// name match, because folding accents is not portable SQL. Ordered by código.
std::vector<Enterprise> duplicate_candidates(SQLite::Database& db, const DuplicateKey& key);

}  // namespace cdmype::store
