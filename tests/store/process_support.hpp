// Child writer processes for the crash and concurrency tests: fork, acknowledge over a pipe, kill.
#pragma once
#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace cdmype::testing_support {

// A forked child that runs `work(ack_fd)` and then _exit(0)s; it must open
// its own database connection (none may be open in the parent at the fork).
// The child writes one line per durable write to `ack_fd` AFTER its commit;
// the parent reads them back once the child is gone.
class WriterProcess {
 public:
  explicit WriterProcess(const std::function<void(int ack_fd)>& work);
  ~WriterProcess();
  WriterProcess(const WriterProcess&) = delete;
  WriterProcess& operator=(const WriterProcess&) = delete;

  void kill_now();  // SIGKILL: no destructor, no rollback, no flush runs in the child
  // Blocks until the child acknowledges a line starting with `prefix` (an event, not a pause:
  // the child may be slow to get there on a loaded machine); false if it ended first. The lines
  // read meanwhile are kept for finish().
  bool wait_for_line(const std::string& prefix);
  // Waits for the child to end and returns every line it acknowledged.
  std::vector<std::string> finish();
  // Whether the child ended by SIGKILL (after finish()).
  bool killed() const { return killed_; }
  // Whether the child ran its work to the end and _exit(0)ed (after finish()).
  bool exited_ok() const { return exited_ok_; }

 private:
  // Reads one chunk of the pipe into lines_ (a partial line waits in pending_); false at EOF.
  bool read_more();

  pid_t pid_ = -1;
  int read_fd_ = -1;
  std::string pending_;
  std::vector<std::string> lines_;
  bool killed_ = false;
  bool exited_ok_ = false;
};

// Writes "text\n" in one write() call: a line on a pipe is all there or not at all.
void acknowledge(int fd, const std::string& text);

}  // namespace cdmype::testing_support
