// popen/fread until the command ends: its whole standard output.
#include "support/command_output.hpp"

#include <cstdio>

namespace cdmype::testing_support {

std::string command_output(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  pclose(pipe);
  return out;
}

}  // namespace cdmype::testing_support
