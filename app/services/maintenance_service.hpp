// Backup, integrity check and audit history: the admin's tools.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/audit_repository.hpp"
#include "store/backup.hpp"

namespace cdmype::services {

class MaintenanceService {
 public:
  explicit MaintenanceService(ServiceContext& ctx) : ctx_(ctx) {}

  // Backup: online copy to a new 0600 file, verified (see store::backup_to).
  store::BackupResult backup(const Actor& actor, const std::filesystem::path& dest,
                             const store::BackupProgress& progress = {});
  // CheckIntegrity: Spanish findings, empty when all is well.
  std::vector<std::string> check(const Actor& actor);

  // ViewAudit: a record's history, oldest first. Tables: store::kAuditEnterprise, …
  std::vector<store::AuditEntry> history(const Actor& actor, std::string_view table,
                                         std::int64_t record_id);
  std::vector<store::AuditEntry> latest_audit(const Actor& actor, int limit = 100);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
