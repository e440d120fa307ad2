// Reads passwords from the environment or a prompt with echo turned off.
#include "cli/terminal.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iomanip>
#include <iostream>

namespace cdmype::cli {

Terminal Terminal::process(std::istream& in, std::ostream& out, std::ostream& err) {
  Terminal t{in, out, err,
             [](const std::string& name) -> std::optional<std::string> {
               const char* v = std::getenv(name.c_str());
               if (!v) return std::nullopt;
               return std::string(v);
             },
             false, false, false};
  t.in_is_tty = isatty(STDIN_FILENO) == 1;
  t.err_is_tty = isatty(STDERR_FILENO) == 1;
  return t;
}

std::optional<std::string> Terminal::password(const std::string& var,
                                              const std::string& prompt) const {
  if (auto v = env(var); v && !v->empty()) return v;
  err << prompt << std::flush;
  termios old{};
  bool echo_off = false;
  if (in_is_tty && tcgetattr(STDIN_FILENO, &old) == 0) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    echo_off = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
  }
  std::string line;
  bool got = static_cast<bool>(std::getline(in, line));
  if (echo_off) {
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << '\n';
  }
  if (!got || line.empty()) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

void Terminal::progress(const std::string& step, double fraction) {
  if (!err_is_tty) return;
  const int percent = static_cast<int>(fraction * 100 + 0.5);
  // "\033[K" clears what a longer step name left on the line.
  err << "\r" << step << ": " << std::setw(3) << percent << " %\033[K" << std::flush;
  progress_open = percent < 100;
  if (!progress_open) err << '\n';
}

void Terminal::end_progress() {
  if (!progress_open) return;
  err << '\n';
  progress_open = false;
}

}  // namespace cdmype::cli
