// The CLI's streams, environment and password prompt, injectable for tests.
#pragma once
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace cdmype::cli {

struct Terminal {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  // getenv, replaceable in tests.
  std::function<std::optional<std::string>(const std::string&)> env;
  // True when stdin is a terminal: passwords are read with echo off.
  bool in_is_tty = false;
  // True when stderr is a terminal: long work prints progress there.
  bool err_is_tty = false;

  // A progress line is on stderr without its newline yet.
  bool progress_open = false;

  static Terminal process(std::istream& in, std::ostream& out, std::ostream& err);

  // From environment variable `var`, else a prompt on stderr reading stdin
  // (echo off on a terminal). nullopt when neither gives a password.
  std::optional<std::string> password(const std::string& var, const std::string& prompt) const;

  // "\rStep:  40 %" on stderr when it is a terminal (nothing otherwise); the
  // line is closed at 100 % or by end_progress().
  void progress(const std::string& step, double fraction);
  // Ends an open progress line, so the next message starts on its own line.
  void end_progress();
};

}  // namespace cdmype::cli
