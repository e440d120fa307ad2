// Backup, integrity check and audit history: the admin's tools.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/audit_repository.hpp"
#include "store/backup.hpp"
#include "store/backup_cipher.hpp"
#include "store/daily_backups.hpp"
#include "store/restore.hpp"

namespace cdmype::services {

class MaintenanceService {
 public:
  explicit MaintenanceService(ServiceContext& ctx) : ctx_(ctx) {}

  // Backup: online copy to a new 0600 file, verified (see store::backup_to).
  store::BackupResult backup(const Actor& actor, const std::filesystem::path& dest,
                             const store::BackupProgress& progress = {});
  // The same copy for taking off the office PC, encrypted with `passphrase` (see
  // store/backup_cipher.hpp). The plain copy is made in a private staging file beside the
  // database (on the server, in the temporary folder), never on the destination's medium, and is
  // removed whatever happens. Progress runs once from 0 to total over copy and encryption.
  store::BackupResult encrypted_backup(const Actor& actor, const std::filesystem::path& dest,
                                       std::string_view passphrase,
                                       const store::BackupProgress& progress = {});
  static void require_backup_passphrase(std::string_view passphrase) {
    store::require_backup_passphrase(passphrase);
  }
  static bool is_encrypted_backup(const std::filesystem::path& source) {
    return store::is_encrypted_backup(source);
  }
  // Restore: replaces the open database with `source` after vetting it (see
  // store::restore_from); the current one is kept beside it as
  // "<name>.antes-de-restaurar-YYYYMMDD-HHMMSS" (local time of the clock). On
  // the center's server (database owner only) the server's center is kept in a
  // file "servidor.db.antes-de-restaurar-…" beside `source`, then replaced.
  // An encrypted copy needs its `passphrase` (UserError without it or with a wrong one; nothing
  // changes); it is decrypted into a private staging file, restored from there and removed.
  store::RestoreResult restore(const Actor& actor, const std::filesystem::path& source,
                               std::optional<std::string_view> passphrase = std::nullopt);
  // Restore when the database at `db_path` is too damaged to open (see
  // store::too_damaged_to_open): it has no accounts left to ask, so the person
  // signs in against `source` instead and must be an administrator there (the
  // spec gives restore to admin). The damaged file is renamed aside, as above.
  static bool database_too_damaged_to_open(const std::filesystem::path& db_path) {
    return store::too_damaged_to_open(db_path);
  }
  static store::RestoreResult restore_damaged(const std::filesystem::path& db_path,
                                              const std::filesystem::path& source,
                                              std::string_view username,
                                              std::string_view password,
                                              store::Clock clock = store::system_clock(),
                                              std::optional<std::string_view> passphrase = {});

  // What the desktop app does each time it opens a database, whoever signs in
  // (so no actor): the first call of the local day writes a verified copy into
  // `folder` (default: "copias-de-seguridad" beside the database) and prunes
  // old ones. The app runs it on its own thread and connection
  // (ui/daily_backup_job), with `progress` to show how far it is and to
  // cancel it when the window closes.
  store::DailyBackupOutcome automatic_backup(
      const std::optional<std::filesystem::path>& folder = std::nullopt,
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
