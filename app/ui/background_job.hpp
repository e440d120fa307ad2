// A worker thread whose news reach the GUI thread only while its job exists: the base of the
// report and daily-backup jobs, which each open their own database connection on it.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace cdmype::ui {

// Runs a job's work on its worker and says how it failed, as a person reads
// it: a UserError's own Spanish text, or `internal` followed by what() for
// anything else (UTF-8: no wxString crosses threads); empty when it worked.
std::string failure_of(const std::function<void()>& work, const std::string& internal);

class BackgroundJob {
 public:
  struct Link;  // shared by the job and its thread

  // What the worker holds: posting to the GUI thread and asking whether to stop.
  class Gui {
   public:
    // Runs `call` on the GUI thread later (wxApp::CallAfter is thread-safe),
    // unless the job, and maybe its window, is gone by then.
    void post(std::function<void()> call) const;
    bool cancelled() const;

   private:
    friend class BackgroundJob;
    explicit Gui(std::shared_ptr<Link> link) : link_(std::move(link)) {}
    std::shared_ptr<Link> link_;
  };

  // `work` runs on a new thread at once; the function it returns runs on the
  // GUI thread at the end, once running() is false.
  using Work = std::function<std::function<void()>(const Gui&)>;
  explicit BackgroundJob(Work work);
  // Asks the worker to stop and waits for it; nothing posted runs afterwards.
  ~BackgroundJob();
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;

  void cancel();
  // Until the end was reported on the GUI thread.
  bool running() const;

 private:
  std::shared_ptr<Link> link_;
  std::thread thread_;
};

}  // namespace cdmype::ui
