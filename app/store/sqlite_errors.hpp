// Recognising SQLite failures a person can meet (busy, not a database) and wording them in Spanish.
#pragma once
#include <SQLiteCpp/Exception.h>

#include <string>

namespace cdmype::store {

bool is_busy(const SQLite::Exception& e);
bool is_constraint(const SQLite::Exception& e);
bool is_not_a_database(const SQLite::Exception& e);

// "La base de datos está ocupada …"; shown when busy_timeout ran out.
std::string busy_message();

// Throws UserError for a busy or damaged database, rethrows `e` otherwise.
[[noreturn]] void rethrow_friendly(const SQLite::Exception& e);

}  // namespace cdmype::store
