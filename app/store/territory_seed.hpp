// Fills the distrito table from the catalog compiled into core (Territory::el_salvador()).
#pragma once
#include "store/sql/connection.hpp"

namespace cdmype::store {

// True when the table lacks some catalog row (cheap count check).
bool distritos_need_seed(Connection& db);

// Inserts missing rows by id; existing ones are left alone, so it is safe to
// repeat. Runs inside the caller's transaction.
void seed_distritos(Connection& db);

}  // namespace cdmype::store
