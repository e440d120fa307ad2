// restore_from: vet the backup read-only, keep the current database aside, then copy pages in.
#include "store/restore.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <string>
#include <system_error>

#include "core/errors.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"
#include "store/file_mode.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

namespace {

std::string quoted(const std::filesystem::path& p) { return "«" + p.string() + "»"; }

void refuse_unusable_path(const Database& db, const std::filesystem::path& source) {
  std::error_code ec;
  if (!std::filesystem::exists(source, ec))
    throw UserError("No existe el archivo " + quoted(source) + ". Revise la ruta de la copia.");
  if (!std::filesystem::is_regular_file(source, ec))
    throw UserError(quoted(source) + " no es un archivo de copia de seguridad.");
  if (std::filesystem::equivalent(source, db.path(), ec))
    throw UserError(quoted(source) +
                    " es la misma base de datos abierta; elija una copia de seguridad.");
}

// Opens the source read-only and returns its schema version once it has
// passed every check; nothing is written to it.
int vet_source(const std::filesystem::path& source) {
  try {
    SQLite::Database src(source.string(), SQLite::OPEN_READONLY);
    src.exec("PRAGMA busy_timeout = 5000");
    refuse_foreign(src, source);
    const int version = read_schema_version(src);
    if (version == 0)
      throw UserError("El archivo " + quoted(source) +
                      " no es una base de datos de CDMYPE Desk (está vacío).");
    const auto problems = integrity_problems(src, 5);
    if (!problems.empty())
      throw UserError("La copia " + quoted(source) + " está dañada (" + problems.front() +
                      "); no se restauró. Elija otra copia de seguridad.");
    return version;
  } catch (const SQLite::Exception& e) {
    if (is_not_a_database(e))
      throw UserError("El archivo " + quoted(source) +
                      " no es una base de datos de CDMYPE Desk (no es un archivo SQLite).");
    if (e.getErrorCode() == SQLITE_CORRUPT)
      throw UserError("La copia " + quoted(source) + " está dañada (" + e.what() +
                      "); no se restauró. Elija otra copia de seguridad.");
    rethrow_friendly(e);
  }
}

void copy_into(Database& db, const std::filesystem::path& source) {
  try {
    SQLite::Database src(source.string(), SQLite::OPEN_READONLY);
    SQLite::Backup bk(db.connection(), src);
    int rc = SQLITE_OK;
    do {
      rc = bk.executeStep(-1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(100);
    } while (rc != SQLITE_DONE);
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_READONLY)
      throw UserError("La copia " + quoted(source) +
                      " usa otro tamaño de página y no se puede restaurar sobre una base en uso; "
                      "cierre los demás programas e inténtelo de nuevo.");
    rethrow_friendly(e);
  }
}

}  // namespace

std::filesystem::path aside_path_for(const std::filesystem::path& db_path,
                                     const std::string& stamp) {
  return db_path.string() + ".antes-de-restaurar-" + stamp;
}

RestoreResult restore_from(Database& db, const std::filesystem::path& source,
                           const std::filesystem::path& aside) {
  refuse_unusable_path(db, source);
  RestoreResult result;
  result.restored_schema_version = vet_source(source);
  copy_aside(db, aside);
  result.kept_aside = aside;
  copy_into(db, source);
  db.upgrade();
  restrict_to_owner(db.path());
  return result;
}

}  // namespace cdmype::store
