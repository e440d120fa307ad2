// Permission checks in front of backup, check and audit reads.
#include "services/maintenance_service.hpp"

#include "store/integrity.hpp"

namespace cdmype::services {

store::BackupResult MaintenanceService::backup(const Actor& actor,
                                               const std::filesystem::path& dest,
                                               const store::BackupProgress& progress) {
  require(actor, Action::Backup);
  return store::backup_to(ctx_.db, dest, progress);
}

std::vector<std::string> MaintenanceService::check(const Actor& actor) {
  require(actor, Action::CheckIntegrity);
  return store::check_database(ctx_.db);
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
