// cdmype-cli entry point: global options, command dispatch, exit statuses.
#pragma once
#include <string>
#include <vector>

#include "cli/terminal.hpp"

namespace cdmype::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;  // bad input, refused action
inline constexpr int kExitMisuse = 2;     // wrong command line

// Runs one command line (without the program name). Never throws.
int run(const std::vector<std::string>& args, Terminal& term);

}  // namespace cdmype::cli
