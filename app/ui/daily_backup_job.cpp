// The worker never touches a window: progress and the outcome are posted to the GUI thread.
#include "ui/daily_backup_job.hpp"

#include <atomic>

#include "core/errors.hpp"
#include "services/workspace.hpp"
#include "ui/i18n.hpp"
#include "ui/post_to_gui.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

struct DailyBackupJob::Shared {
  std::atomic<bool> cancel{false};
  // GUI thread only.
  bool alive = true;
  bool running = true;
  OnProgress on_progress;
  OnDone on_done;
};

DailyBackupJob::DailyBackupJob(std::filesystem::path database, OnProgress on_progress,
                               OnDone on_done, std::optional<std::filesystem::path> folder,
                               std::function<void()> before_work)
    : shared_(std::make_shared<Shared>()) {
  shared_->on_progress = std::move(on_progress);
  shared_->on_done = std::move(on_done);
  thread_ = std::thread([shared = shared_, database = std::move(database),
                         folder = std::move(folder), before_work = std::move(before_work)] {
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
        post_to_gui(shared, [percent, verifying](Shared& s) {
          if (s.on_progress) s.on_progress(percent, verifying);
        });
      }
      return !shared->cancel.load();
    };
    try {
      if (before_work) before_work();
      // One connection per thread: the window keeps using its own meanwhile.
      auto ws = services::Workspace::open(database);
      report.created = ws.maintenance().automatic_backup(folder, progress).created;
    } catch (const UserError& e) {
      report.cancelled = shared->cancel.load();
      if (!report.cancelled) report.error = e.what();
    } catch (const std::exception& e) {
      report.error = to_utf8(_("Error interno en la copia de seguridad del día: ")) + e.what();
    }
    post_to_gui(shared, [report](Shared& s) {
      s.running = false;
      if (s.on_done) s.on_done(report);
    });
  });
}

DailyBackupJob::~DailyBackupJob() {
  shared_->alive = false;
  shared_->cancel = true;
  if (thread_.joinable()) thread_.join();
}

bool DailyBackupJob::running() const { return shared_->running; }

}  // namespace cdmype::ui
