// Automatic daily backups on start-up: one verified copy a day, keeping 14 days and 12 months.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "store/backup.hpp"

namespace cdmype::store {

class Database;

inline constexpr int kDailyBackupsKept = 14;
inline constexpr int kMonthlyBackupsKept = 12;

// The folder beside the database: "/datos/centro.db" → "/datos/copias-de-seguridad".
std::filesystem::path default_backup_folder(const std::filesystem::path& db_path);

// "<folder>/centro-2026-10-15.db" for the database "centro.db" on that day.
std::filesystem::path daily_backup_path(const std::filesystem::path& folder,
                                        const std::filesystem::path& db_path, const Date& day);

struct DailyBackupOutcome {
  std::optional<std::filesystem::path> created;  // nullopt: today's copy already existed
  std::vector<std::filesystem::path> removed;    // older copies pruned by the retention rule
};

// On the first call of `today`: creates `folder` (0700) if needed, copies the
// database there with the online backup API, verifies it with
// integrity_check (see backup_to: a crash never leaves a copy that looks
// finished), then prunes old copies.
// Later calls the same day do nothing. Throws UserError on failure.
// `progress` as for backup_to (cancelling leaves no copy; the next start tries again).
DailyBackupOutcome make_daily_backup(Database& db, const std::filesystem::path& folder,
                                     const Date& today, const BackupProgress& progress = {});

// Keeps, among this database's dated copies in `folder`, the newest
// `keep_days` and the first copy of each of the newest `keep_months`
// months; deletes the rest and returns what it deleted. Other files are
// never touched.
std::vector<std::filesystem::path> prune_daily_backups(const std::filesystem::path& folder,
                                                       const std::filesystem::path& db_path,
                                                       int keep_days = kDailyBackupsKept,
                                                       int keep_months = kMonthlyBackupsKept);

}  // namespace cdmype::store
