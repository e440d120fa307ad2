// The day's automatic backup on a worker thread with its own connection: at national scale the
// verified copy takes half a minute, which used to keep the window from appearing.
#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "ui/background_job.hpp"

namespace cdmype::ui {

struct DailyBackupReport {
  std::optional<std::filesystem::path> created;  // nullopt: today's copy existed already
  bool cancelled = false;                        // stopped: no copy was left behind
  std::string error;                             // Spanish, empty when it worked
};

class DailyBackupJob {
 public:
  // percent of the pages copied; `verifying` once the copy is being checked.
  using OnProgress = std::function<void(int percent, bool verifying)>;
  using OnDone = std::function<void(const DailyBackupReport&)>;

  // Starts at once; the callbacks run on the GUI thread. `folder` as for
  // MaintenanceService::automatic_backup; `before_work` runs on the worker
  // first (tests hold it there).
  DailyBackupJob(std::filesystem::path database, OnProgress on_progress, OnDone on_done,
                 std::optional<std::filesystem::path> folder = std::nullopt,
                 std::function<void()> before_work = {});
  // Destroying the job cancels and waits (a partial copy is removed); no callback runs afterwards.

  // Until on_done runs.
  bool running() const { return job_.running(); }

 private:
  BackgroundJob job_;
};

}  // namespace cdmype::ui
