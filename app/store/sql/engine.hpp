// The database engines a center's data can live in, and the value types a statement binds.
#pragma once
#include <string_view>

namespace cdmype::store {

// SQLite: one file on this PC (the default). PostgreSQL: the center's server, shared by seats.
enum class Engine { SQLite, PostgreSQL };

std::string_view engine_name(Engine e);  // "SQLite", "PostgreSQL"

// What a NULL parameter stands for: PostgreSQL must know a parameter's type
// even when its value is NULL (`:x IS NULL OR col = :x` fails otherwise).
enum class SqlType { Integer, Real, Text, Blob };

}  // namespace cdmype::store
