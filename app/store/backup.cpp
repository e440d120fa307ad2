// SQLite::Backup in steps (so the GUI can show progress), then a full integrity check of the copy.
#include "store/backup.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <system_error>

#include "core/errors.hpp"
#include "store/center_copy.hpp"
#include "store/database.hpp"
#include "store/file_mode.hpp"
#include "store/integrity.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

void refuse_existing_backup(const std::filesystem::path& dest) {
  std::error_code ec;
  if (std::filesystem::exists(dest, ec))
    throw UserError("Ya existe «" + dest.string() +
                    "»: la copia de seguridad no sobrescribe archivos; elija otro nombre.");
}

namespace {

constexpr int kPagesPerStep = 4096;  // 16 MB at 4 KB pages: a step is well under a second

void remove_copy(const std::filesystem::path& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(path.string() + suffix, ec);
}

// A backup is written and verified under a ".parcial" name and renamed only
// when sound: a power cut or a killed process mid-copy must never leave a file
// under the real name that looks like a finished backup. Removed unless kept.
class PartialCopy {
 public:
  explicit PartialCopy(const std::filesystem::path& dest)
      : dest_(dest), path_(dest.string() + ".parcial") {
    refuse_existing_backup(dest);
    remove_copy(path_);  // one left by an earlier crash is ours to discard
  }
  ~PartialCopy() {
    if (!kept_) remove_copy(path_);
  }
  PartialCopy(const PartialCopy&) = delete;
  PartialCopy& operator=(const PartialCopy&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Owner-only, under its real name; returns its size in bytes.
  std::uintmax_t keep() {
    restrict_to_owner(path_);
    std::error_code ec;
    std::filesystem::rename(path_, dest_, ec);
    if (ec)
      throw UserError("No se pudo guardar la copia de seguridad «" + dest_.string() +
                      "»: " + file_error_text(ec.value()) + ".");
    kept_ = true;
    return std::filesystem::file_size(dest_, ec);
  }

 private:
  std::filesystem::path dest_;
  std::filesystem::path path_;
  bool kept_ = false;
};

std::string joined_problems(SQLite::Database& copy) {
  std::string problems;
  for (const auto& line : integrity_problems(copy, 10)) {
    if (!problems.empty()) problems += "; ";
    problems += line;
  }
  return problems;
}

// Holds a read transaction on the source for the whole copy. Without it each
// backup step takes its own snapshot, and a write by another connection
// between two steps (the desktop app saving while its daily copy runs
// beside it) restarts the copy from the first page: on a large database
// in use it might never finish. WAL readers do not block writers.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(SQLite::Database& db) : db_(db) {
    if (!db_.getHandle() || !sqlite3_get_autocommit(db_.getHandle())) return;  // already in one
    db_.exec("BEGIN");
    SQLite::Statement first(db_, "SELECT count(*) FROM sqlite_schema");
    first.executeStep();  // the read lock is taken here, not at BEGIN
    held_ = true;
  }
  ~ReadSnapshot() {
    if (held_) sqlite3_exec(db_.getHandle(), "COMMIT", nullptr, nullptr, nullptr);
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  SQLite::Database& db_;
  bool held_ = false;
};

// Lets `progress` cancel the integrity check of a large copy (15 s for 1 GB):
// SQLite calls the handler every few thousand instructions, and a nonzero
// return interrupts the statement.
class CancelDuringCheck {
 public:
  CancelDuringCheck(SQLite::Database& copy, const BackupProgress& progress, std::int64_t total)
      : copy_(copy), progress_(progress), total_(total) {
    if (progress_) sqlite3_progress_handler(copy_.getHandle(), 100000, &CancelDuringCheck::ask, this);
  }
  ~CancelDuringCheck() { sqlite3_progress_handler(copy_.getHandle(), 0, nullptr, nullptr); }
  CancelDuringCheck(const CancelDuringCheck&) = delete;
  CancelDuringCheck& operator=(const CancelDuringCheck&) = delete;
  bool cancelled() const { return cancelled_; }

 private:
  static int ask(void* self) {
    auto* me = static_cast<CancelDuringCheck*>(self);
    me->cancelled_ = !me->progress_(me->total_, me->total_);
    return me->cancelled_ ? 1 : 0;
  }
  SQLite::Database& copy_;
  const BackupProgress& progress_;
  std::int64_t total_;
  bool cancelled_ = false;
};

constexpr const char* kCancelled = "Copia de seguridad cancelada; no se guardó ningún archivo.";

// The online copy itself; `verify` adds the integrity check of the result.
BackupResult copy_database(Database& db, const std::filesystem::path& dest,
                           const BackupProgress& progress, bool verify) {
  PartialCopy partial(dest);
  create_private_file(partial.path());
  BackupResult result;
  result.path = dest;
  try {
    SQLite::Database copy(partial.path().string(), SQLite::OPEN_READWRITE);
    {
      const ReadSnapshot snapshot(db.sqlite());
      SQLite::Backup bk(copy, db.sqlite());
      int rc = SQLITE_OK;
      do {
        rc = bk.executeStep(kPagesPerStep);
        const int total = bk.getTotalPageCount();
        result.pages = total;
        if (progress && !progress(total - bk.getRemainingPageCount(), total))
          throw UserError(kCancelled);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(100);
      } while (rc != SQLITE_DONE);
    }
    copy.exec("PRAGMA busy_timeout = 5000");
    std::string problems;
    if (verify) {
      const CancelDuringCheck cancel(copy, progress, result.pages);
      try {
        problems = joined_problems(copy);
      } catch (const SQLite::Exception&) {
        if (cancel.cancelled()) throw UserError(kCancelled);
        throw;
      }
    }
    if (!problems.empty())
      throw UserError("La copia de seguridad no pasó la verificación de integridad (" + problems +
                      "); no se guardó. Ejecute «check» sobre la base de datos original.");
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_FULL)
      throw UserError("El disco está lleno: la copia de seguridad no se pudo completar.");
    rethrow_friendly(e);
  }
  result.bytes = partial.keep();
  return result;
}

// A server's center into a new file: the whole center copied (copy_center, one
// snapshot of the server) and compared table by table with the server before
// the file gets its name. The file is an ordinary center database: `restore`
// takes it back to the server, and it opens on any PC.
BackupResult copy_server(Database& db, const std::filesystem::path& dest,
                         const BackupProgress& progress) {
  PartialCopy partial(dest);
  constexpr std::int64_t kSteps = 1000;
  auto ask = [&](double fraction) {
    if (progress && !progress(static_cast<std::int64_t>(fraction * kSteps), kSteps))
      throw UserError(kCancelled);
  };
  {
    Database copy(partial.path(), OpenMode::CreateIfMissing);
    copy_center(db.connection(), copy.connection(),
                [&](const std::string&, double f) { ask(0.7 * f); });
    const auto check = verify_center_copy(db.connection(), copy.connection(),
                                          [&](const std::string&, double f) { ask(0.7 + 0.3 * f); });
    if (!check.ok())
      throw UserError("La copia de seguridad no coincide con el servidor; no se guardó. "
                      "Ejecute «check» sobre la base del servidor.");
  }
  BackupResult result;
  result.path = dest;
  result.bytes = partial.keep();
  return result;
}

}  // namespace

BackupResult backup_to(Database& db, const std::filesystem::path& dest,
                       const BackupProgress& progress) {
  if (db.engine() == Engine::PostgreSQL) return copy_server(db, dest, progress);
  return copy_database(db, dest, progress, true);
}

BackupResult copy_aside(Database& db, const std::filesystem::path& dest) {
  if (db.engine() == Engine::PostgreSQL) return copy_server(db, dest, {});
  return copy_database(db, dest, {}, false);
}

}  // namespace cdmype::store
