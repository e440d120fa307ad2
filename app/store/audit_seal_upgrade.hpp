// Upgrade step of 0016: audit rows written before it get their identifying fields sealed.
#pragma once
#include <cstdint>
#include <string_view>

#include "store/sql/connection.hpp"

namespace cdmype::store {

// Runs inside the migration's transaction, after 0006's sealing. Converts
// every row not yet marked datos_personales_cifrados, in id order (the
// snapshots sealed as AuditSeal does, the chain recomputed from the first
// converted row), then appends one entry that records the head hash the
// chain had before, so the conversion itself is on the record. A break in
// the old chain stays a break at the same row: from there the old hashes are
// kept as they were. Returns how many rows it converted (0: nothing to do).
std::int64_t seal_personal_audit_fields(Connection& db, std::string_view now);

}  // namespace cdmype::store
