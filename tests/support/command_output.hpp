// Running a shell command from a test and reading what it printed (pdftotext, the sqlite3 shell).
#pragma once
#include <string>

namespace cdmype::testing_support {

// Standard output of `command` run by /bin/sh (the command is the test's own).
std::string command_output(const std::string& command);

}  // namespace cdmype::testing_support
