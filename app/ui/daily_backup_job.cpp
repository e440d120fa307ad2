// Makes the day's backup on a BackgroundJob with its own connection.
#include "ui/daily_backup_job.hpp"

#include "core/errors.hpp"
#include "services/workspace.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

DailyBackupJob::DailyBackupJob(std::filesystem::path database, OnProgress on_progress,
                               OnDone on_done, std::optional<std::filesystem::path> folder,
                               std::function<void()> before_work)
    : job_([database = std::move(database), on_progress = std::move(on_progress),
            on_done = std::move(on_done), folder = std::move(folder),
            before_work = std::move(before_work)](const BackgroundJob::Gui& gui) {
        DailyBackupReport report;
        // Only changes are posted: the verification asks many times a second.
        int shown_percent = -1;
        bool shown_verifying = false;
        const auto progress = [&](std::int64_t done, std::int64_t total) {
          const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
          const bool verifying = total > 0 && done == total;
          if (percent != shown_percent || verifying != shown_verifying) {
            shown_percent = percent;
            shown_verifying = verifying;
            gui.post([on_progress, percent, verifying] {
              if (on_progress) on_progress(percent, verifying);
            });
          }
          return !gui.cancelled();
        };
        try {
          if (before_work) before_work();
          // One connection per thread: the window keeps using its own meanwhile.
          auto ws = services::Workspace::open(database);
          report.created = ws.maintenance().automatic_backup(folder, progress).created;
        } catch (const UserError& e) {
          report.cancelled = gui.cancelled();
          if (!report.cancelled) report.error = e.what();
        } catch (const std::exception& e) {
          report.error = to_utf8(_("Error interno en la copia de seguridad del día: ")) + e.what();
        }
        return std::function<void()>([on_done, report] {
          if (on_done) on_done(report);
        });
      }) {}

}  // namespace cdmype::ui
