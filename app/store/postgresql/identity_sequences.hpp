// Identity columns of the center's server database continuing after rows written with explicit ids.
#pragma once
#include "store/sql/connection.hpp"

namespace cdmype::store {

// Sets every identity column's sequence so the next generated id is MAX(id) + 1:
// rows loaded with explicit ids (the territory seed, a bulk load, a moved
// center) do not advance it. PostgreSQL only; inside the loader's transaction.
void sync_identity_sequences(Connection& c);

}  // namespace cdmype::store
