// Runs programs with posix_spawn and pipes, scratch directories and small file helpers for CLI
// tests.
#include "cli/cli_support.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace cdmype::clitest {
namespace {

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

// The parent's environment without CDMYPE_* (a developer's own password
// must not leak into a test), plus the test's variables.
std::vector<std::string> child_environment(const std::map<std::string, std::string>& env) {
  std::vector<std::string> out;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    if (entry.rfind("CDMYPE_", 0) == 0) continue;
    out.push_back(entry);
  }
  for (const auto& [name, value] : env) out.push_back(name + "=" + value);
  return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Feeds `input` to fd_in and drains fd_out/fd_err until both close. poll()
// keeps a child that writes a lot from blocking while we still write.
void pump(int fd_in, int fd_out, int fd_err, const std::string& input, RunResult& result) {
  std::size_t written = 0;
  if (input.empty()) {
    close(fd_in);
    fd_in = -1;
  }
  std::array<char, 65536> buffer{};
  while (fd_out >= 0 || fd_err >= 0) {
    std::vector<pollfd> fds;
    if (fd_in >= 0) fds.push_back({fd_in, POLLOUT, 0});
    if (fd_out >= 0) fds.push_back({fd_out, POLLIN, 0});
    if (fd_err >= 0) fds.push_back({fd_err, POLLIN, 0});
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      fail("poll");
    }
    for (const pollfd& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == fd_in) {
        const ssize_t n = write(fd_in, input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if (n < 0 || written == input.size()) {  // done, or the child closed stdin
          close(fd_in);
          fd_in = -1;
        }
        continue;
      }
      const ssize_t n = read(p.fd, buffer.data(), buffer.size());
      if (n > 0) {
        (p.fd == fd_out ? result.out : result.err)
            .append(buffer.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {  // EOF, or EIO from a pty whose child left
        close(p.fd);
        (p.fd == fd_out ? fd_out : fd_err) = -1;
      }
    }
  }
  if (fd_in >= 0) close(fd_in);
}

// Changes whenever the program, the test binary or a fixture file changes,
// so a cached fixture never outlives what it was built from.
std::string build_stamp() {
  std::string key;
  const auto add = [&](const std::filesystem::path& p) {
    struct stat st {};
    if (stat(p.c_str(), &st) == 0)
      key += p.string() + ":" + std::to_string(st.st_size) + ":" +
             std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + ";";
  };
  add(cli_path());
  add(std::filesystem::read_symlink("/proc/self/exe"));
  for (const auto& entry : std::filesystem::directory_iterator(fixture(""))) add(entry.path());
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string>{}(key));
  return hex;
}

void copy_files(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::copy(
      from, to,
      std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
}

}  // namespace

RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& env, const std::string& input,
                      const std::filesystem::path& cwd, bool stderr_on_terminal) {
  int in[2], out[2], err[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) fail("pipe2");
  if (stderr_on_terminal) {
    err[0] = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (err[0] < 0 || grantpt(err[0]) != 0 || unlockpt(err[0]) != 0) fail("posix_openpt");
    err[1] = open(ptsname(err[0]), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (err[1] < 0) fail("open pty");
  } else if (pipe2(err, O_CLOEXEC) != 0) {
    fail("pipe2");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  const std::string dir = cwd.string();
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());

  std::vector<std::string> argv_strings{program};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<std::string> env_strings = child_environment(env);
  auto argv = pointers(argv_strings);
  auto envp = pointers(env_strings);

  // A child that closes stdin early must not kill the test with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(in[1]);
    close(out[0]);
    close(err[0]);
    errno = rc;
    fail("posix_spawn " + program);
  }
  RunResult result;
  pump(in[1], out[0], err[0], input, result);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) fail("waitpid");
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}


Cli::Cli() {
  if (testing_support::testing_on_postgresql()) {
    scratch_ = std::make_unique<testing_support::ScratchPostgresDatabase>();
    uri_ = scratch_->uri();
  }
}

Cli::Cli(std::string uri) : uri_(std::move(uri)) {}

Cli::~Cli() = default;

RunResult Cli::run(const std::vector<std::string>& args,
                   const std::map<std::string, std::string>& env, const std::string& input) const {
  std::vector<std::string> all{"--db", db()};
  all.insert(all.end(), args.begin(), args.end());
  return run_program(cli_path(), all, env, input, dir_.path());
}

RunResult Cli::run_on_terminal(const std::vector<std::string>& args,
                               const std::map<std::string, std::string>& env) const {
  std::vector<std::string> all{"--db", db()};
  all.insert(all.end(), args.begin(), args.end());
  return run_program(cli_path(), all, env, {}, dir_.path(), true);
}

RunResult Cli::as(const std::string& user, const std::string& password,
                  const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env) const {
  std::vector<std::string> all{"--user", user};
  all.insert(all.end(), args.begin(), args.end());
  auto with_password = env;
  with_password["CDMYPE_PASSWORD"] = password;
  return run(all, with_password);
}

void Cli::restore(const std::string& name, const std::function<void(const Cli&)>& build) {
  const std::filesystem::path root = std::filesystem::path(CDMYPE_BINARY_DIR) / "cli-fixtures";
  if (on_postgresql()) {
    // The database becomes a template on the test server; the files the
    // set-up left (saved results, CSVs) are kept beside it, written before
    // the template is published, so whoever sees the template finds them.
    const std::filesystem::path files = root / (name + "-pg-" + build_stamp());
    // The build's stamp in the name too: a template of an older build (the same
    // server, tests re-run after a rebuild) is never paired with newer files.
    std::string db_name;
    for (char ch : name) db_name += (std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_');
    db_name = db_name.substr(0, 24) + "_" + build_stamp().substr(0, 16);
    testing_support::ensure_template("cdmype_cli_" + db_name, [&](const std::string& uri) {
      Cli fresh(uri);
      build(fresh);
      if (::testing::Test::HasFailure()) throw std::runtime_error("la preparación falló");
      std::filesystem::create_directories(root);
      const std::filesystem::path staging = root / (name + ".tmp-" + std::to_string(getpid()));
      std::filesystem::remove_all(staging);
      copy_files(fresh.dir().path(), staging);
      std::filesystem::remove_all(files);
      std::filesystem::rename(staging, files);
    });
    scratch_ = std::make_unique<testing_support::ScratchPostgresDatabase>("cdmype_cli_" + db_name);
    uri_ = scratch_->uri();
    copy_files(files, dir_.path());
    return;
  }
  const std::filesystem::path cached = root / (name + "-" + build_stamp());
  if (!std::filesystem::exists(cached)) {
    Cli fresh;
    build(fresh);
    if (::testing::Test::HasFailure()) {  // the test fails anyway; keep nothing
      copy_files(fresh.dir().path(), dir_.path());
      return;
    }
    std::filesystem::create_directories(root);
    // Copy aside, then rename: tests running in parallel never see half a fixture.
    const std::filesystem::path staging = root / (name + ".tmp-" + std::to_string(getpid()));
    std::filesystem::remove_all(staging);
    copy_files(fresh.dir().path(), staging);
    std::error_code taken;
    std::filesystem::rename(staging, cached, taken);
    if (taken) std::filesystem::remove_all(staging);  // another process was first
    // Fixtures of older builds are dead weight.
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
      const std::string file = entry.path().filename().string();
      if (file.rfind(name + "-", 0) == 0 && entry.path() != cached) {
        std::error_code ignored;
        std::filesystem::remove_all(entry.path(), ignored);
      }
    }
  }
  copy_files(cached, dir_.path());
}

void Cli::save_result(const std::string& name, const RunResult& r) const {
  write_text(path(name + ".status"), std::to_string(r.status));
  write_text(path(name + ".out"), r.out);
  write_text(path(name + ".err"), r.err);
}

RunResult Cli::load_result(const std::string& name) const {
  RunResult r;
  r.status = std::stoi(read_text(path(name + ".status")));
  r.out = read_text(path(name + ".out"));
  r.err = read_text(path(name + ".err"));
  return r;
}

bool Cli::signs_in(const std::string& user, const std::string& password) const {
  const RunResult r = as(user, password, {"check"});
  return r.status == 0 || r.err.find(" no puede ") != std::string::npos;
}

RunResult Cli::init() const {
  return run({"init", "--center", "CDMYPE Chalatenango", "--prefix", "CH", "--admin", "admin"},
             {{"CDMYPE_PASSWORD", kAdminPassword}});
}

RunResult Cli::add_user(const std::string& name, const std::string& role,
                        const std::string& full_name) const {
  return as("admin", kAdminPassword,
            {"user", "add", name, "--role", role, "--full-name", full_name},
            {{"CDMYPE_NEW_PASSWORD", kUserPassword}});
}

RunResult Cli::import_csv(const std::string& user, const std::string& kind,
                          const std::string& csv) const {
  const auto file = path(kind + ".csv");
  write_text(file, csv);
  return as(user, kUserPassword, {"import", kind, file.string()});
}

void add_center_users(const Cli& cli) {
  ASSERT_EQ(cli.init().status, 0);
  ASSERT_EQ(cli.add_user("ana", "director", "Ana Peña").status, 0);
  ASSERT_EQ(cli.add_user("mpena", "asesor", "María Peña").status, 0);
  ASSERT_EQ(cli.add_user("jnino", "asesor", "José Niño").status, 0);
  ASSERT_EQ(cli.add_user("lectura", "consulta", "Supervisión CONAMYPE").status, 0);
}

std::string cli_path() { return CDMYPE_CLI_PATH; }

std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(CDMYPE_TEST_DATA) / "cli" / name;
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_text(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

int csv_record_count(const std::string& text) {
  int lines = 0;
  bool quoted = false;
  bool content = false;  // the current record has at least one character
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (c == '\n' && !quoted) {
      if (content) ++lines;
      content = false;
    } else if (c != '\r') {
      content = true;
    }
  }
  if (content) ++lines;
  return lines > 0 ? lines - 1 : 0;
}

std::string pdf_text(const std::filesystem::path& pdf) {
  RunResult r = run_program("/usr/bin/pdftotext", {"-layout", "-enc", "UTF-8", pdf.string(), "-"});
  if (r.status != 0) throw std::runtime_error("pdftotext failed: " + r.err);
  return r.out;
}

int count_of(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

}  // namespace cdmype::clitest
