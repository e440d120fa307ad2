// The SQLite file's own checks on open: path, header, owner, schema version, pages, pragmas.
#include "store/sqlite/sqlite_open.hpp"

#include <SQLiteCpp/Statement.h>

#include <system_error>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/file_mode.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

namespace {

std::string quoted(const std::filesystem::path& p) { return "«" + p.string() + "»"; }

// Runs before SQLite sees the path, so a missing file is never created by
// accident and a new one starts life as 0600.
bool prepare_file(const std::filesystem::path& path, OpenMode mode) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw UserError(quoted(path) + " es una carpeta, no una base de datos de CDMYPE Desk.");
  if (std::filesystem::exists(path, ec)) return std::filesystem::file_size(path, ec) == 0;
  if (mode == OpenMode::Existing)
    throw UserError("No existe la base de datos " + quoted(path) +
                    ". Revise la ruta o cree un centro nuevo (cdmype-cli init).");
  create_private_file(path);
  return true;
}

std::unique_ptr<SqliteConnection> open_connection(const std::filesystem::path& path) {
  try {
    return std::make_unique<SqliteConnection>(path);
  } catch (const SQLite::Exception& e) {
    throw UserError("No se pudo abrir " + quoted(path) + ": " + e.what() +
                    ". Revise que el archivo exista y que usted tenga permiso de escritura.");
  }
}

constexpr std::uintmax_t kCheckOnOpenMaxBytes = 128ull * 1024 * 1024;

bool small_enough_to_check_on_open(const std::filesystem::path& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec || size <= kCheckOnOpenMaxBytes;
}

void quick_check(SQLite::Database& db, const std::filesystem::path& path) {
  SQLite::Statement q(db, "PRAGMA quick_check(5)");
  std::string detail;
  while (q.executeStep()) {
    const std::string line = q.getColumn(0).getString();
    if (line == "ok") return;
    if (!detail.empty()) detail += "; ";
    detail += line;
  }
  throw UserError("La base de datos " + quoted(path) + " está dañada (" + detail +
                  "). Restaure la última copia de seguridad.");
}

}  // namespace

// Refuses what we must not touch, before any pragma writes to the file
// (journal_mode=WAL would change another program's database header).
void refuse_foreign(SQLite::Database& db, const std::filesystem::path& path) {
  int tables = 0;
  try {
    SQLite::Statement q(db, "SELECT COUNT(*) FROM sqlite_master");
    q.executeStep();
    tables = q.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    if (is_not_a_database(e))
      throw UserError("El archivo " + quoted(path) +
                      " no es una base de datos de CDMYPE Desk (no es un archivo SQLite).");
    rethrow_friendly(e);
  }
  if (tables > 0 && !db.tableExists("schema_version"))
    throw UserError("El archivo " + quoted(path) +
                    " es una base de datos SQLite de otro programa, no de CDMYPE Desk.");
  const int found = read_schema_version(db);
  if (found > latest_schema_version(Engine::SQLite))
    throw UserError(newer_schema_message(found, latest_schema_version(Engine::SQLite)));
}

void apply_connection_pragmas(SQLite::Database& db) {
  db.exec("PRAGMA busy_timeout = " + std::to_string(kSqliteBusyTimeoutMs));
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = FULL");
  db.exec("PRAGMA foreign_keys = ON");
  // Statement journals in memory: every INSERT that fires the search-index
  // triggers inside a long import transaction needs one, and on disk they
  // made a 100,000-row import five times slower (measured).
  db.exec("PRAGMA temp_store = MEMORY");
  // 64 MiB of page cache instead of SQLite's 2 MiB: a large import's indexes
  // stay in memory instead of being spilled to the WAL and read back, and
  // the monthly report's aggregates re-read fewer pages. Memory is only taken
  // as pages are read.
  db.exec("PRAGMA cache_size = -65536");
}

SqliteOpened open_sqlite_file(const std::filesystem::path& path, OpenMode mode) {
  SqliteOpened out;
  out.created = prepare_file(path, mode);
  out.connection = open_connection(path);
  auto& db = out.connection->raw();
  try {
    db.exec("PRAGMA busy_timeout = " + std::to_string(kSqliteBusyTimeoutMs));
    refuse_foreign(db, path);
    apply_connection_pragmas(db);
    // quick_check reads every page: about 0.1 s for a center's database,
    // but 3 s of CPU at national scale (1 GB) on every start and every CLI
    // command. Larger files are verified by `check` and the daily backup.
    if (!out.created && read_schema_version(*out.connection) > 0 &&
        small_enough_to_check_on_open(path))
      quick_check(db, path);
  } catch (const SQLite::Exception& e) {
    rethrow_friendly(e);
  }
  return out;
}

}  // namespace cdmype::store
