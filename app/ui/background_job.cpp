// The worker never touches a window: everything it reports goes through Gui::post.
#include "ui/background_job.hpp"

#include <wx/app.h>

#include <atomic>

#include "core/errors.hpp"

namespace cdmype::ui {

std::string failure_of(const std::function<void()>& work, const std::string& internal) {
  try {
    work();
  } catch (const UserError& e) {
    return e.what();
  } catch (const std::exception& e) {
    return internal + e.what();
  }
  return {};
}

struct BackgroundJob::Link {
  std::atomic<bool> cancel{false};
  // Read and written on the GUI thread only.
  bool alive = true;
  bool running = true;
};

void BackgroundJob::Gui::post(std::function<void()> call) const {
  wxTheApp->CallAfter([link = link_, call = std::move(call)] {
    if (link->alive) call();
  });
}

bool BackgroundJob::Gui::cancelled() const { return link_->cancel.load(); }

BackgroundJob::BackgroundJob(Work work) : link_(std::make_shared<Link>()) {
  thread_ = std::thread([link = link_, work = std::move(work)] {
    const Gui gui(link);
    std::function<void()> finish = work(gui);
    gui.post([link, finish = std::move(finish)] {
      link->running = false;
      if (finish) finish();
    });
  });
}

BackgroundJob::~BackgroundJob() {
  link_->alive = false;
  link_->cancel = true;
  if (thread_.joinable()) thread_.join();
}

void BackgroundJob::cancel() { link_->cancel = true; }

bool BackgroundJob::running() const { return link_->running; }

}  // namespace cdmype::ui
