// End-to-end CLI tests: run the built cdmype-cli in a scratch directory and capture what it says.
#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::clitest {

// What one run of a program left behind.
struct RunResult {
  int status = -1;  // exit status; 128 + signal when killed by one
  std::string out;  // everything on stdout
  std::string err;  // everything on stderr
};

// Runs `program` with `args` exactly as given (no shell), in `cwd`, with
// the test's environment minus every CDMYPE_* variable plus `env`, and
// `input` on stdin (then closed). stdin/stdout/stderr are pipes, never a
// terminal, as when a script drives the program; with `stderr_on_terminal`
// stderr is a pseudo-terminal instead (as when a person runs it), whose
// line discipline turns "\n" into "\r\n".
RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& env = {},
                      const std::string& input = {},
                      const std::filesystem::path& cwd = std::filesystem::current_path(),
                      bool stderr_on_terminal = false);

// A fresh directory under the system temp dir, removed by the destructor.
using ScratchDir = testing_support::TempDir;


// Drives cdmype-cli against one database inside its own scratch dir: the
// file centro.db there, or (in the PostgreSQL run) a scratch database on the
// test server, passed as --db postgresql://….
class Cli {
 public:
  Cli();
  ~Cli();
  Cli(const Cli&) = delete;
  Cli& operator=(const Cli&) = delete;
  bool on_postgresql() const { return !uri_.empty(); }
  const ScratchDir& dir() const { return dir_; }
  std::filesystem::path path(const std::string& name) const { return dir_ / name; }
  std::string db() const { return on_postgresql() ? uri_ : path("centro.db").string(); }

  // `cdmype-cli --db DB ARGS…`, run in the scratch dir.
  RunResult run(const std::vector<std::string>& args,
                const std::map<std::string, std::string>& env = {},
                const std::string& input = {}) const;
  // `run` with stderr on a pseudo-terminal.
  RunResult run_on_terminal(const std::vector<std::string>& args,
                            const std::map<std::string, std::string>& env = {}) const;
  // The same with `--user USER` and CDMYPE_PASSWORD=PASSWORD.
  RunResult as(const std::string& user, const std::string& password,
               const std::vector<std::string>& args,
               const std::map<std::string, std::string>& env = {}) const;

  // Fills the scratch dir with a fixture built once per build of the
  // program and the tests: the first process to need `name` runs `build` on a
  // fresh Cli and keeps a copy of its scratch dir under the build tree; later
  // processes (ctest runs each test alone) copy that. Saves the Argon2 cost of
  // setting up users again and again. Not cached when `build` fails.
  void restore(const std::string& name, const std::function<void(const Cli&)>& build);
  // A run's status and output kept as files next to the database, so a
  // cached fixture can replay what its set-up printed.
  void save_result(const std::string& name, const RunResult& r) const;
  RunResult load_result(const std::string& name) const;

  // Whether USER gets past sign-in (runs `check`; a role without that
  // permission is refused after signing in, which counts as signed in).
  bool signs_in(const std::string& user, const std::string& password) const;

  // `init` of CDMYPE Chalatenango with the account admin / kAdminPassword.
  RunResult init() const;
  // `user add NAME --role ROLE --full-name FULL` by admin, password kUserPassword.
  RunResult add_user(const std::string& name, const std::string& role,
                     const std::string& full_name) const;
  // Writes `csv` to KIND.csv in the scratch dir and runs `import KIND KIND.csv` as `user`
  // (password kUserPassword).
  RunResult import_csv(const std::string& user, const std::string& kind,
                       const std::string& csv) const;

 private:
  explicit Cli(std::string uri);  // a database made elsewhere (a template being built)
  ScratchDir dir_;
  std::unique_ptr<testing_support::ScratchPostgresDatabase> scratch_;
  std::string uri_;
};

// `init`, then the exchange files' people: ana (director), mpena and jnino
// (asesores), lectura (consulta), all with kUserPassword.
void add_center_users(const Cli& cli);

inline constexpr const char* kAdminPassword = "Cayaguanca-2026";
inline constexpr const char* kUserPassword = "Citala-Norte-7";

// The built binary (CDMYPE_CLI_PATH) and the fixtures folder (tests/data/cli).
std::string cli_path();
std::filesystem::path fixture(const std::string& name);

std::string read_text(const std::filesystem::path& file);
void write_text(const std::filesystem::path& file, const std::string& text);
// Data records of a CSV file (header excluded), honouring quoted newlines.
int csv_record_count(const std::string& text);
// The file's text as pdftotext -layout extracts it (UTF-8).
std::string pdf_text(const std::filesystem::path& pdf);
// Occurrences of `needle` in `haystack`.
int count_of(const std::string& haystack, const std::string& needle);

}  // namespace cdmype::clitest
