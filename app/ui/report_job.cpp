// The worker never touches a window: it posts to the application (wxApp::CallAfter is
// thread-safe), and the posted calls do nothing once the job is gone.
#include "ui/report_job.hpp"

#include <wx/app.h>

#include <atomic>

#include "core/errors.hpp"
#include "services/workspace.hpp"
#include "ui/i18n.hpp"
#include "ui/post_to_gui.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

struct ReportJob::Shared {
  std::atomic<bool> cancel{false};
  // Read and written on the GUI thread only.
  bool alive = true;
  bool running = true;
  OnProgress on_progress;
  OnDone on_done;
};

ReportJob::ReportJob(std::filesystem::path database, Actor actor, YearMonth month,
                     std::filesystem::path folder, OnProgress on_progress, OnDone on_done,
                     std::function<void()> before_work)
    : shared_(std::make_shared<Shared>()) {
  shared_->on_progress = std::move(on_progress);
  shared_->on_done = std::move(on_done);
  thread_ = std::thread([shared = shared_, database = std::move(database), actor, month,
                         folder = std::move(folder), before_work = std::move(before_work)] {
    ReportOutcome outcome;
    try {
      if (before_work) before_work();
      // One connection per thread: the window keeps using its own meanwhile.
      auto ws = services::Workspace::open(database);
      outcome.files =
          write_report_files(ws, actor, month, folder, [&](double done, const wxString& next) {
            const std::string text = to_utf8(next);  // no wxString crosses threads
            post_to_gui(shared, [done, text](Shared& s) { s.on_progress(done, to_wx(text)); });
            return !shared->cancel.load();
          });
      outcome.stopped = outcome.files.json.empty();
    } catch (const UserError& e) {
      outcome.error = e.what();
    } catch (const std::exception& e) {
      outcome.error = to_utf8(_("Error interno al generar el informe: ")) + e.what();
    }
    post_to_gui(shared, [outcome](Shared& s) {
      s.running = false;
      s.on_done(outcome);
    });
  });
}

ReportJob::~ReportJob() {
  shared_->alive = false;
  shared_->cancel = true;
  if (thread_.joinable()) thread_.join();
}

void ReportJob::cancel() { shared_->cancel = true; }

bool ReportJob::running() const { return shared_->running; }

}  // namespace cdmype::ui
