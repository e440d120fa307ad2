// fork/pipe/kill plumbing shared by the crash-safety and two-writer tests.
#include "process_support.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <exception>
#include <stdexcept>

namespace cdmype::testing_support {

void acknowledge(int fd, const std::string& text) {
  const std::string line = text + "\n";
  if (::write(fd, line.data(), line.size()) < 0) ::_exit(3);  // parent gone: stop quietly
}

WriterProcess::WriterProcess(const std::function<void(int)>& work) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe() falló");
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork() falló");
  if (pid_ == 0) {
    ::close(fds[0]);
    try {
      work(fds[1]);
    } catch (const std::exception& e) {
      acknowledge(fds[1], std::string("error ") + e.what());
      ::_exit(2);
    }
    ::_exit(0);
  }
  ::close(fds[1]);
  read_fd_ = fds[0];
}

WriterProcess::~WriterProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (read_fd_ >= 0) ::close(read_fd_);
}

void WriterProcess::kill_now() {
  if (pid_ > 0) ::kill(pid_, SIGKILL);
}

bool WriterProcess::read_more() {
  char buffer[4096];
  ssize_t n = 0;
  do {
    n = ::read(read_fd_, buffer, sizeof buffer);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) return false;  // EOF once the child is gone
  pending_.append(buffer, static_cast<std::size_t>(n));
  for (std::size_t end; (end = pending_.find('\n')) != std::string::npos;) {
    lines_.push_back(pending_.substr(0, end));
    pending_.erase(0, end + 1);
  }
  return true;
}

bool WriterProcess::wait_for_line(const std::string& prefix) {
  for (std::size_t seen = 0;;) {
    for (; seen < lines_.size(); ++seen)
      if (lines_[seen].rfind(prefix, 0) == 0) return true;
    if (!read_more()) return false;
  }
}

std::vector<std::string> WriterProcess::finish() {
  while (read_more()) {
  }
  if (!pending_.empty()) lines_.push_back(std::move(pending_));  // no newline at the end
  pending_.clear();
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  killed_ = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  exited_ok_ = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return std::move(lines_);
}

}  // namespace cdmype::testing_support
