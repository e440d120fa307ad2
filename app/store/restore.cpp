// restore_from: vet the backup read-only, keep the current database aside, then copy pages in.
#include "store/restore.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>
#include <system_error>

#include "core/errors.hpp"
#include "store/backup.hpp"
#include "store/center_copy.hpp"
#include "store/database.hpp"
#include "store/file_mode.hpp"
#include "store/integrity.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

namespace {

std::string quoted(const std::filesystem::path& p) { return "«" + p.string() + "»"; }

void refuse_unusable_path(const std::filesystem::path& db_path,
                          const std::filesystem::path& source) {
  std::error_code ec;
  if (!std::filesystem::exists(source, ec))
    throw UserError("No existe el archivo " + quoted(source) + ". Revise la ruta de la copia.");
  if (!std::filesystem::is_regular_file(source, ec))
    throw UserError(quoted(source) + " no es un archivo de copia de seguridad.");
  if (std::filesystem::equivalent(source, db_path, ec))
    throw UserError(quoted(source) +
                    " es la misma base de datos abierta; elija una copia de seguridad.");
}

// Opens the source read-only and returns its schema version once it has
// passed every check; nothing is written to it.
int vet_source(const std::filesystem::path& source) {
  try {
    SQLite::Database src(source.string(), SQLite::OPEN_READONLY);
    src.exec("PRAGMA busy_timeout = 5000");
    // Read the schema here, so damage to its pages is worded as a damaged copy
    // below (refuse_foreign would word it for an open database).
    SQLite::Statement(src, "SELECT COUNT(*) FROM sqlite_master").executeStep();
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

// Copies every page of `source` into `dest` (SQLite's backup API: commits
// still in the source's -wal come along; `dest`'s other connections see it).
void copy_pages(SQLite::Database& dest, const std::filesystem::path& source) {
  try {
    SQLite::Database src(source.string(), SQLite::OPEN_READONLY);
    SQLite::Backup bk(dest, src);
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

constexpr const char* kCompanions[] = {"-wal", "-shm", "-journal"};

bool exists_with_companions(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return true;
  for (const char* suffix : kCompanions)
    if (std::filesystem::exists(path.string() + suffix, ec)) return true;
  return false;
}

// Companions first: a crash halfway must never leave an old -wal beside a
// new main file, where SQLite would replay it into the wrong database.
void rename_with_companions(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::error_code ec;
  for (const char* suffix : kCompanions)
    if (std::filesystem::exists(from.string() + suffix, ec))
      std::filesystem::rename(from.string() + suffix, to.string() + suffix);
  std::filesystem::rename(from, to);
}

void remove_with_companions(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  for (const char* suffix : kCompanions) std::filesystem::remove(path.string() + suffix, ec);
  std::filesystem::remove(path, ec);
}

// True when PRAGMA quick_check reports anything but "ok".
bool fails_quick_check(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA quick_check(1)");
  return !q.executeStep() || q.getColumn(0).getString() != "ok";
}

}  // namespace

std::filesystem::path aside_path_for(const std::filesystem::path& db_path,
                                     const std::string& stamp) {
  return db_path.string() + ".antes-de-restaurar-" + stamp;
}

namespace {

// The server's center replaced by the file's: the file is first copied into a
// private staging file beside it and upgraded there (a backup from an older
// version), so the server receives rows of its own schema, in one transaction.
RestoreResult restore_server(Database& db, const std::filesystem::path& source,
                             const std::filesystem::path& aside) {
  RestoreResult result;
  result.restored_schema_version = vet_source(source);
  const std::filesystem::path staging = source.string() + ".preparando-restauracion";
  remove_with_companions(staging);
  struct RemoveStaging {
    std::filesystem::path path;
    ~RemoveStaging() { remove_with_companions(path); }
  } guard{staging};
  create_private_file(staging);
  {
    SQLite::Database dest(staging.string(), SQLite::OPEN_READWRITE);
    copy_pages(dest, source);
  }
  Database staged(staging);  // migrated to this program's schema
  copy_aside(db, aside);
  result.kept_aside = aside;
  replace_center(staged.connection(), db.connection(), {});
  return result;
}

}  // namespace

RestoreResult restore_from(Database& db, const std::filesystem::path& source,
                           const std::filesystem::path& aside) {
  if (db.engine() == Engine::PostgreSQL) {
    refuse_unusable_path({}, source);
    return restore_server(db, source, aside);
  }
  refuse_unusable_path(db.path(), source);
  RestoreResult result;
  result.restored_schema_version = vet_source(source);
  copy_aside(db, aside);
  result.kept_aside = aside;
  copy_pages(db.sqlite(), source);
  db.upgrade();
  restrict_to_owner(db.path());
  return result;
}

bool too_damaged_to_open(const std::filesystem::path& db_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(db_path, ec) || std::filesystem::file_size(db_path, ec) == 0)
    return false;
  try {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    db.exec("PRAGMA busy_timeout = 5000");
    SQLite::Statement tables(db, "SELECT COUNT(*) FROM sqlite_master");
    tables.executeStep();
    if (tables.getColumn(0).getInt() > 0 && !db.tableExists("schema_version"))
      return false;  // another program's database: not ours to replace
    if (read_schema_version(db) > latest_schema_version()) return false;
    // Regardless of size (Database skips it above 128 MiB): a restore is rare.
    return fails_quick_check(db);
  } catch (const SQLite::Exception& e) {
    return is_not_a_database(e) || e.getErrorCode() == SQLITE_CORRUPT;
  }
}

RestoreResult restore_over_damaged(const std::filesystem::path& db_path,
                                   const std::filesystem::path& source,
                                   const std::filesystem::path& aside,
                                   const std::function<void(const std::filesystem::path&)>& accept) {
  refuse_unusable_path(db_path, source);
  RestoreResult result;
  result.restored_schema_version = vet_source(source);
  if (exists_with_companions(aside))
    throw UserError("Ya existe " + quoted(aside) +
                    "; no se sobrescribe. Espere un segundo e inténtelo de nuevo.");
  const std::filesystem::path staging = db_path.string() + ".restaurando";
  remove_with_companions(staging);  // one left by an earlier crash is ours to discard
  try {
    create_private_file(staging);
    {
      SQLite::Database out(staging.string(), SQLite::OPEN_READWRITE);
      copy_pages(out, source);
    }
    accept(staging);
    rename_with_companions(db_path, aside);
  } catch (...) {
    remove_with_companions(staging);
    throw;
  }
  rename_with_companions(staging, db_path);
  restrict_to_owner(db_path);
  result.kept_aside = aside;
  return result;
}

}  // namespace cdmype::store
