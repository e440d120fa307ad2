// Writing a month's report files on a worker thread, with its own database connection, so the
// window stays responsive; progress and the outcome come back on the GUI thread.
#pragma once
#include <wx/string.h>

#include <filesystem>
#include <functional>
#include <string>

#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "store/data_source.hpp"
#include "ui/background_job.hpp"
#include "ui/report_files.hpp"

namespace cdmype::ui {

struct ReportOutcome {
  ReportFiles files;
  bool stopped = false;  // cancelled: only the files written before that exist
  std::string error;     // Spanish, empty when it worked
};

class ReportJob {
 public:
  using OnProgress = std::function<void(double done, const wxString& next)>;
  using OnDone = std::function<void(const ReportOutcome&)>;

  // Starts at once. `before_work` runs on the worker first (tests hold it there).
  ReportJob(store::DataSource database, Actor actor, YearMonth month,
            std::filesystem::path folder, OnProgress on_progress, OnDone on_done,
            std::function<void()> before_work = {});
  // Destroying the job asks the worker to stop and waits for it; no callback runs afterwards.

  // The worker stops before the next step (the files already written stay).
  void cancel() { job_.cancel(); }
  // Until on_done runs.
  bool running() const { return job_.running(); }

 private:
  BackgroundJob job_;
};

}  // namespace cdmype::ui
