// A main window's share of the day's automatic backup: starts it and shows it in the status bar.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>

#include "ui/daily_backup_job.hpp"

class wxFrame;

namespace cdmype::ui {

// Owns the job: destroying this (the window closing) cancels an unfinished
// copy, which the next start makes again. The field shows "Copia de
// seguridad del día: 40 %", then "verificando…", then the copy's name; a
// failure is also shown as an error message, and the window stays usable.
class DailyBackupStatus {
 public:
  DailyBackupStatus(wxFrame* frame, int field, std::filesystem::path database,
                    std::optional<std::filesystem::path> folder = std::nullopt,
                    std::function<void()> before_work = {});

  bool running() const { return job_->running(); }
  const std::optional<DailyBackupReport>& outcome() const { return outcome_; }

 private:
  wxFrame* frame_;
  int field_;
  std::optional<DailyBackupReport> outcome_;
  std::unique_ptr<DailyBackupJob> job_;  // last: stopped before the rest goes
};

}  // namespace cdmype::ui
