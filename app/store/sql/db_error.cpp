// DbError and the Spanish messages for the failures a person can act on.
#include "store/sql/db_error.hpp"

#include "core/errors.hpp"

namespace cdmype::store {

std::string_view engine_name(Engine e) {
  return e == Engine::SQLite ? "SQLite" : "PostgreSQL";
}

DbError::DbError(DbErrorKind kind, Engine engine, std::string engine_code, std::string detail)
    : std::runtime_error(std::string(engine_name(engine)) + " " + engine_code + ": " + detail),
      kind_(kind),
      engine_(engine),
      engine_code_(std::move(engine_code)),
      detail_(std::move(detail)) {}

bool is_constraint(const DbError& e) {
  switch (e.kind()) {
    case DbErrorKind::Unique:
    case DbErrorKind::ForeignKey:
    case DbErrorKind::Check:
    case DbErrorKind::NotNull:
      return true;
    default:
      return false;
  }
}

std::string busy_message() {
  return "La base de datos está ocupada por otro programa o ventana de CDMYPE Desk; "
         "espere unos segundos e intente de nuevo.";
}

bool is_environmental(const DbError& e) {
  switch (e.kind()) {
    case DbErrorKind::Busy:
    case DbErrorKind::Corrupt:
    case DbErrorKind::NotADatabase:
    case DbErrorKind::DiskFull:
    case DbErrorKind::ReadOnly:
    case DbErrorKind::ConnectionLost:
    case DbErrorKind::CommitUnknown:
      return true;
    default:
      return false;
  }
}

void rethrow_friendly(const DbError& e) {
  switch (e.kind()) {
    case DbErrorKind::Busy:
      throw DatabaseProblem(busy_message(), e);
    case DbErrorKind::Corrupt:
    case DbErrorKind::NotADatabase:
      throw DatabaseProblem(
          "La base de datos está dañada. Restaure la última copia de seguridad y ejecute "
          "«check» (detalle: " +
              e.engine_code() + ").",
          e);
    case DbErrorKind::DiskFull:
      throw DatabaseProblem("El disco está lleno: no se guardó nada. Libere espacio e intente de nuevo.", e);
    case DbErrorKind::ReadOnly:
      throw DatabaseProblem(
          e.engine() == Engine::SQLite
              ? "La base de datos es de solo lectura: no se guardó nada. "
                "Revise los permisos del archivo."
              : "Su usuario del servidor no tiene permiso para este cambio: no se guardó nada. "
                "Consulte a quien administra el servidor del centro.",
          e);
    case DbErrorKind::ConnectionLost:
      throw DatabaseProblem(
          "Se perdió la conexión con el servidor del centro: no se guardó nada. Revise la red "
          "e intente de nuevo.",
          e);
    case DbErrorKind::CommitUnknown:
      throw DatabaseProblem(
          "Se perdió la conexión con el servidor del centro mientras se guardaba: no se sabe si "
          "el cambio quedó guardado. Vuelva a abrir el registro para comprobarlo antes de "
          "repetirlo.",
          e);
    default:
      throw e;
  }
}

}  // namespace cdmype::store
