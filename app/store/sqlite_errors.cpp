// Maps SQLite result codes to the few Spanish messages a person can act on.
#include "store/sqlite_errors.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"

namespace cdmype::store {

bool is_busy(const SQLite::Exception& e) {
  const int c = e.getErrorCode();
  return c == SQLITE_BUSY || c == SQLITE_LOCKED;
}

bool is_constraint(const SQLite::Exception& e) { return e.getErrorCode() == SQLITE_CONSTRAINT; }

bool is_not_a_database(const SQLite::Exception& e) { return e.getErrorCode() == SQLITE_NOTADB; }

void rethrow_friendly(const SQLite::Exception& e) {
  if (is_busy(e)) throw UserError(busy_message());
  if (e.getErrorCode() == SQLITE_CORRUPT || is_not_a_database(e))
    throw UserError(
        "La base de datos está dañada. Restaure la última copia de seguridad y ejecute "
        "«check» (detalle: " +
        std::string(e.what()) + ").");
  if (e.getErrorCode() == SQLITE_FULL)
    throw UserError("El disco está lleno: no se guardó nada. Libere espacio e intente de nuevo.");
  if (e.getErrorCode() == SQLITE_READONLY)
    throw UserError(
        "La base de datos es de solo lectura: no se guardó nada. "
        "Revise los permisos del archivo.");
  throw e;
}

}  // namespace cdmype::store
