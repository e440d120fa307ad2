// SQLite::Backup in steps (so the GUI can show progress), then a full integrity check of the copy.
#include "store/backup.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <system_error>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/file_mode.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

namespace {

constexpr int kPagesPerStep = 4096;  // 16 MB at 4 KB pages: a step is well under a second

// Removes the copy unless disarmed: a half-written or unverified backup must not look usable.
struct RemoveOnFailure {
  std::filesystem::path path;
  bool armed = true;
  ~RemoveOnFailure() {
    if (!armed) return;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      std::filesystem::remove(path.string() + suffix, ec);
  }
};

std::string integrity_problems(SQLite::Database& copy) {
  SQLite::Statement q(copy, "PRAGMA integrity_check(10)");
  std::string problems;
  while (q.executeStep()) {
    const std::string line = q.getColumn(0).getString();
    if (line == "ok") break;
    if (!problems.empty()) problems += "; ";
    problems += line;
  }
  return problems;
}

}  // namespace

BackupResult backup_to(Database& db, const std::filesystem::path& dest,
                       const BackupProgress& progress) {
  std::error_code ec;
  if (std::filesystem::exists(dest, ec))
    throw UserError("Ya existe «" + dest.string() +
                    "»: la copia de seguridad no sobrescribe archivos; elija otro nombre.");
  create_private_file(dest);
  RemoveOnFailure guard{dest};
  BackupResult result;
  result.path = dest;
  try {
    SQLite::Database copy(dest.string(), SQLite::OPEN_READWRITE);
    {
      SQLite::Backup bk(copy, db.connection());
      int rc = SQLITE_OK;
      do {
        rc = bk.executeStep(kPagesPerStep);
        const int total = bk.getTotalPageCount();
        result.pages = total;
        if (progress && !progress(total - bk.getRemainingPageCount(), total))
          throw UserError("Copia de seguridad cancelada; no se guardó ningún archivo.");
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(100);
      } while (rc != SQLITE_DONE);
    }
    copy.exec("PRAGMA busy_timeout = 5000");
    const std::string problems = integrity_problems(copy);
    if (!problems.empty())
      throw UserError("La copia de seguridad no pasó la verificación de integridad (" + problems +
                      "); no se guardó. Ejecute «check» sobre la base de datos original.");
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_FULL)
      throw UserError("El disco está lleno: la copia de seguridad no se pudo completar.");
    rethrow_friendly(e);
  }
  restrict_to_owner(dest);
  result.bytes = std::filesystem::file_size(dest, ec);
  guard.armed = false;
  return result;
}

}  // namespace cdmype::store
