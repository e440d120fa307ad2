// Permission checks in front of backup, check and audit reads.
#include "services/maintenance_service.hpp"

#include <unistd.h>

#include <chrono>
#include <ctime>

#include "core/errors.hpp"
#include "services/auth_service.hpp"
#include "store/integrity.hpp"

namespace cdmype::services {

namespace {

// Local wall-clock time as YYYYMMDD-HHMMSS, for file names a person reads.
std::string local_stamp(store::TimePoint t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm local{};
  ::localtime_r(&secs, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
  return text;
}

// A private file for the unencrypted side of an encrypted backup or restore: beside the database
// (which holds the same data already) or, for the server, in the temporary folder; never on the
// medium the copy goes to. Removed, with any -wal/-shm, when it goes out of scope.
class Staging {
 public:
  Staging(const std::filesystem::path& folder, const char* what) {
    const auto tick = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = folder / (std::string(".cdmype-") + what + "-" + std::to_string(::getpid()) + "-" +
                      std::to_string(tick) + ".db");
  }
  ~Staging() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".parcial"})
      std::filesystem::remove(path_.string() + suffix, ec);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path staging_folder(const store::Database& db) {
  return db.source().is_file() ? db.path().parent_path() : std::filesystem::temp_directory_path();
}

void require_passphrase_for(const std::filesystem::path& source,
                            std::optional<std::string_view> passphrase) {
  if (!passphrase || passphrase->empty())
    throw UserError("La copia «" + source.string() +
                    "» está cifrada: hace falta la frase de paso con que se guardó.");
}

// Two stages under one progress bar of kSteps: the copy first, then the encryption.
constexpr std::int64_t kSteps = 1000;

store::BackupProgress stage(const store::BackupProgress& progress, std::int64_t from,
                            std::int64_t to) {
  return [=](std::int64_t done, std::int64_t total) {
    if (!progress) return true;
    return progress(from + (total > 0 ? done * (to - from) / total : to - from), kSteps);
  };
}

}  // namespace

store::BackupResult MaintenanceService::encrypted_backup(const Actor& actor,
                                                         const std::filesystem::path& dest,
                                                         std::string_view passphrase,
                                                         const store::BackupProgress& progress) {
  require(actor, Action::Backup);
  store::require_backup_passphrase(passphrase);
  store::refuse_existing_backup(dest);  // before the copy, not after it
  Staging plain(staging_folder(ctx_.db), "copia-sin-cifrar");
  store::BackupResult result = store::backup_to(ctx_.db, plain.path(), stage(progress, 0, 400));
  const auto to_file = stage(progress, 400, kSteps);
  result.bytes = store::encrypt_backup(
      plain.path(), dest, passphrase, [&](std::uintmax_t done, std::uintmax_t total) {
        return to_file(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
      });
  result.path = dest;
  return result;
}

store::BackupResult MaintenanceService::backup(const Actor& actor,
                                               const std::filesystem::path& dest,
                                               const store::BackupProgress& progress) {
  require(actor, Action::Backup);
  return store::backup_to(ctx_.db, dest, progress);
}

store::RestoreResult MaintenanceService::restore(const Actor& actor,
                                                 const std::filesystem::path& source,
                                                 std::optional<std::string_view> passphrase) {
  require(actor, Action::Restore);
  // A server has no file to keep beside: what it held goes into a file beside the copy.
  const auto aside = store::aside_path_for(
      ctx_.db.source().is_file() ? ctx_.db.path() : source.parent_path() / "servidor.db",
      local_stamp(ctx_.clock()));
  if (!store::is_encrypted_backup(source)) return store::restore_from(ctx_.db, source, aside);
  require_passphrase_for(source, passphrase);
  Staging plain(staging_folder(ctx_.db), "copia-descifrada");
  store::decrypt_backup(source, plain.path(), *passphrase);
  return store::restore_from(ctx_.db, plain.path(), aside);
}

store::RestoreResult MaintenanceService::restore_damaged(
    const std::filesystem::path& db_path, const std::filesystem::path& source,
    std::string_view username, std::string_view password, store::Clock clock,
    std::optional<std::string_view> passphrase) {
  const auto aside = store::aside_path_for(db_path, local_stamp(clock()));
  std::optional<Staging> decrypted;
  std::filesystem::path from = source;
  if (store::is_encrypted_backup(source)) {
    require_passphrase_for(source, passphrase);
    decrypted.emplace(db_path.parent_path(), "copia-descifrada");
    store::decrypt_backup(source, decrypted->path(), *passphrase);
    from = decrypted->path();
  }
  return store::restore_over_damaged(db_path, from, aside, [&](const std::filesystem::path& copy) {
    store::Database restored(copy);  // upgraded to this program's schema
    ServiceContext ctx{restored, clock};
    require(AuthService(ctx).sign_in(username, password), Action::Restore);
  });
}

store::DailyBackupOutcome MaintenanceService::automatic_backup(
    const std::optional<std::filesystem::path>& folder, const store::BackupProgress& progress) {
  return store::make_daily_backup(ctx_.db,
                                  folder.value_or(store::default_backup_folder(ctx_.db.path())),
                                  ctx_.today(), progress);
}

std::vector<std::string> MaintenanceService::check(const Actor& actor) {
  require(actor, Action::CheckIntegrity);
  return store::check_database(ctx_.sql());
}

std::vector<store::AuditEntry> MaintenanceService::history(const Actor& actor,
                                                           std::string_view table,
                                                           std::int64_t record_id) {
  require(actor, Action::ViewAudit);
  return store::AuditRepository(ctx_.sql()).for_record(table, record_id);
}

std::vector<store::AuditEntry> MaintenanceService::latest_audit(const Actor& actor, int limit) {
  require(actor, Action::ViewAudit);
  return store::AuditRepository(ctx_.sql()).latest(limit);
}

}  // namespace cdmype::services
