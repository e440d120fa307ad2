// Permission checks in front of backup, check and audit reads.
#include "services/maintenance_service.hpp"

#include <ctime>

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

}  // namespace

store::BackupResult MaintenanceService::backup(const Actor& actor,
                                               const std::filesystem::path& dest,
                                               const store::BackupProgress& progress) {
  require(actor, Action::Backup);
  return store::backup_to(ctx_.db, dest, progress);
}

store::RestoreResult MaintenanceService::restore(const Actor& actor,
                                                 const std::filesystem::path& source) {
  require(actor, Action::Restore);
  // A server has no file to keep beside: what it held goes into a file beside the copy.
  const auto aside = store::aside_path_for(
      ctx_.db.source().is_file() ? ctx_.db.path() : source.parent_path() / "servidor.db",
      local_stamp(ctx_.clock()));
  return store::restore_from(ctx_.db, source, aside);
}

store::RestoreResult MaintenanceService::restore_damaged(const std::filesystem::path& db_path,
                                                         const std::filesystem::path& source,
                                                         std::string_view username,
                                                         std::string_view password,
                                                         store::Clock clock) {
  const auto aside = store::aside_path_for(db_path, local_stamp(clock()));
  return store::restore_over_damaged(db_path, source, aside, [&](const std::filesystem::path& copy) {
    store::Database restored(copy);  // upgraded to this program's schema
    ServiceContext ctx{restored, clock};
    require(AuthService(ctx).sign_in(username, password), Action::Restore);
  });
}

store::DailyBackupOutcome MaintenanceService::automatic_backup(
    const std::optional<std::filesystem::path>& folder, const store::BackupProgress& progress) {
  return store::make_daily_backup(
      ctx_.db, folder.value_or(store::default_backup_folder(ctx_.db.path())), ctx_.today(),
      progress);
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
