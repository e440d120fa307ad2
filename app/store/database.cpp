// Opens a CDMYPE database: refuses foreign or newer files, sets pragmas, migrates, seeds.
#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>

#include <system_error>

#include "core/errors.hpp"
#include "store/audit_chain.hpp"
#include "store/clock.hpp"
#include "store/file_mode.hpp"
#include "store/migrations.hpp"
#include "store/sort_keys.hpp"
#include "store/sqlite_errors.hpp"
#include "store/territory_seed.hpp"
#include "store/write_transaction.hpp"

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

std::string newer_schema_message(int found, int known) {
  return "Esta base de datos fue creada por una versión más nueva de CDMYPE Desk (esquema " +
         std::to_string(found) + "); este programa conoce hasta " + std::to_string(known) +
         ". Actualice el programa.";
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
  if (found > latest_schema_version())
    throw UserError(newer_schema_message(found, latest_schema_version()));
}

namespace {

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

void migrate_and_seed(SQLite::Database& db) {
  const int before = read_schema_version(db);
  if (before == latest_schema_version() && !distritos_need_seed(db) &&
      !sort_keys_missing(connection_of(db)))
    return;
  WriteTransaction tx(db);
  // Read again under the write lock: another program may have migrated meanwhile.
  const int now = read_schema_version(db);
  if (now > latest_schema_version())
    throw UserError(newer_schema_message(now, latest_schema_version()));
  apply_migrations(db, migrations(), latest_schema_version(), iso_utc(system_clock()()));
  // Audit entries from before the hash chain (0006) get theirs once, here:
  // SQL alone cannot compute SHA-256.
  if (now < latest_schema_version()) seal_unchained_audit_rows(connection_of(db));
  seed_distritos(db);
  // The Spanish sort keys (0010) of rows from before it or written by
  // another tool: SQL alone cannot compute them either.
  fill_missing_sort_keys(connection_of(db));
  // foreign_keys=ON cannot be switched off inside a transaction, so a future
  // migration that rebuilds a table must keep references valid; verify.
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  if (fk.executeStep())
    throw std::runtime_error("la migración dejó referencias rotas en la tabla " +
                             fk.getColumn(0).getString());
  tx.commit();
}

}  // namespace

void apply_connection_pragmas(SQLite::Database& db) {
  db.exec("PRAGMA busy_timeout = " + std::to_string(Database::kBusyTimeoutMs));
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

Database::Database(const std::filesystem::path& path, OpenMode mode)
    : path_(path), created_(prepare_file(path, mode)), conn_(open_connection(path)) {
  auto& db_ = conn_->raw();
  try {
    db_.exec("PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs));
    refuse_foreign(db_, path_);
    apply_connection_pragmas(db_);
    // quick_check reads every page: about 0.1 s for a center's database,
    // but 3 s of CPU at national scale (1 GB) on every start and every CLI
    // command. Larger files are verified by `check` and the daily backup.
    if (!created_ && read_schema_version(db_) > 0 && small_enough_to_check_on_open(path_))
      quick_check(db_, path_);
    upgrade();
    restrict_to_owner(path_);
  } catch (const SQLite::Exception& e) {
    rethrow_friendly(e);
  }
}

void Database::upgrade() {
  try {
    migrate_and_seed(conn_->raw());
  } catch (const SQLite::Exception& e) {
    rethrow_friendly(e);
  }
}

int Database::schema_version() { return read_schema_version(conn_->raw()); }

}  // namespace cdmype::store
