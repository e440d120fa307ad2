// Runs an outside program (the sqlite3 shell) as a benchmark baseline, with its wall and CPU time.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace cdmype::bench {

struct ProcessTimes {
  double wall_ms = 0;
  double cpu_ms = 0;  // the child's user + system time (its own rusage, not ours)
};

// Runs `argv` (argv[0] is a full path), with standard output sent to
// `stdout_file` when it is not empty, and waits for it. Throws
// std::runtime_error when it cannot start or exits with a failure.
ProcessTimes run_process(const std::vector<std::string>& argv,
                         const std::filesystem::path& stdout_file = {});

}  // namespace cdmype::bench
