// Recognising SQLite failures a person can meet (busy, not a database) and wording them in Spanish.
#pragma once
#include <SQLiteCpp/Exception.h>

#include <string>

#include "store/sql/db_error.hpp"

namespace cdmype::store {

bool is_busy(const SQLite::Exception& e);
bool is_constraint(const SQLite::Exception& e);
bool is_not_a_database(const SQLite::Exception& e);

// Throws UserError for a busy or damaged database, rethrows `e` otherwise.
[[noreturn]] void rethrow_friendly(const SQLite::Exception& e);

}  // namespace cdmype::store
