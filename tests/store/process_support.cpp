// fork/pipe/kill plumbing shared by the crash-safety and two-writer tests.
#include "process_support.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <exception>
#include <sstream>
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

std::vector<std::string> WriterProcess::finish() {
  std::string all;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(read_fd_, buffer, sizeof buffer);
    if (n <= 0) break;  // EOF once the child is gone
    all.append(buffer, static_cast<std::size_t>(n));
  }
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  killed_ = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  exited_ok_ = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  std::vector<std::string> lines;
  std::istringstream in(all);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace cdmype::testing_support
