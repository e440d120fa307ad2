// Dated copies named <stem>-YYYY-MM-DD.db; retention keeps recent days plus one copy per month.
#include "store/daily_backups.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

#include "core/errors.hpp"
#include "store/backup.hpp"
#include "store/database.hpp"

namespace cdmype::store {

namespace {

// The day in a file name of this database's copies, if it is one.
std::optional<Date> day_of_copy(const std::string& name, const std::string& stem) {
  const std::string prefix = stem + "-";
  if (name.size() != prefix.size() + 13 || name.rfind(prefix, 0) != 0 ||
      name.substr(name.size() - 3) != ".db")
    return std::nullopt;
  return parse_iso_date(name.substr(prefix.size(), 10));
}

void remove_with_companions(const std::filesystem::path& p) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(p.string() + suffix, ec);
}

void ensure_private_folder(const std::filesystem::path& folder) {
  std::error_code ec;
  if (std::filesystem::is_directory(folder, ec)) return;
  std::filesystem::create_directories(folder, ec);
  if (ec)
    throw UserError("No se pudo crear la carpeta de copias de seguridad «" + folder.string() +
                    "»: " + file_error_text(ec.value()) + ".");
  ::chmod(folder.c_str(), 0700);
}

}  // namespace

std::filesystem::path default_backup_folder(const std::filesystem::path& db_path) {
  return db_path.parent_path() / "copias-de-seguridad";
}

std::filesystem::path daily_backup_path(const std::filesystem::path& folder,
                                        const std::filesystem::path& db_path, const Date& day) {
  return folder / (db_path.stem().string() + "-" + to_iso(day) + ".db");
}

DailyBackupOutcome make_daily_backup(Database& db, const std::filesystem::path& folder,
                                     const Date& today, const BackupProgress& progress) {
  DailyBackupOutcome outcome;
  const auto target = daily_backup_path(folder, db.path(), today);
  std::error_code ec;
  if (std::filesystem::exists(target, ec)) return outcome;
  ensure_private_folder(folder);
  backup_to(db, target, progress);  // verified under a temporary name, then renamed into place
  outcome.created = target;
  outcome.removed = prune_daily_backups(folder, db.path());
  return outcome;
}

std::vector<std::filesystem::path> prune_daily_backups(const std::filesystem::path& folder,
                                                       const std::filesystem::path& db_path,
                                                       int keep_days, int keep_months) {
  const std::string stem = db_path.stem().string();
  std::map<Date, std::filesystem::path, std::greater<>> copies;  // newest first
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (const auto day = day_of_copy(entry.path().filename().string(), stem))
      copies.emplace(*day, entry.path());
  std::set<Date> keep;
  // The first copy of each month: walk oldest → newest and note each new month.
  std::map<std::pair<int, int>, Date, std::greater<>> first_of_month;  // newest month first
  for (auto it = copies.rbegin(); it != copies.rend(); ++it)
    first_of_month.try_emplace(
        {static_cast<int>(it->first.year()), static_cast<int>(it->first.month())}, it->first);
  int months = 0;
  for (const auto& [month, day] : first_of_month)
    if (months++ < keep_months) keep.insert(day);
  int days = 0;
  for (const auto& [day, path] : copies)
    if (days++ < keep_days) keep.insert(day);
  std::vector<std::filesystem::path> removed;
  for (const auto& [day, path] : copies)
    if (!keep.contains(day)) {
      remove_with_companions(path);
      removed.push_back(path);
    }
  return removed;
}

}  // namespace cdmype::store
