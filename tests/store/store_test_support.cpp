// The template center database shared (as copies) by the store tests.
#include "store_test_support.hpp"

#include <SQLiteCpp/Statement.h>
#include <unistd.h>

#include "support/center_setup.hpp"

namespace cdmype::testing_support {

namespace {

}  // namespace

Accounts read_accounts(store::Connection& c) {
  auto actor = [&](const char* username) {
    store::Statement q(c, "SELECT id, role FROM app_user WHERE username = :u");
    q.bind("u", username);
    if (!q.step()) throw std::runtime_error(std::string("falta la cuenta ") + username);
    Actor a{q.int64("id"), username, Role::Consulta};
    const std::string role = q.text("role");
    for (const auto& e : code_table<Role>())
      if (e.code == role) a.role = e.value;
    return a;
  };
  return Accounts{actor("admin"), actor("directora"), actor("asesor1"), actor("asesor2"),
                  actor("consulta")};
}

void build_store_center(const store::DataSource& source) {
  FakeClock clock;
  auto ws = services::Workspace::create(source, clock.clock());
  CenterSpec spec;
  spec.operator_name = "Asociación de Municipios Cayaguanca";
  spec.admin_full_name = "Administración Cayaguanca";
  spec.password = kPassword;
  spec.accounts = {kDirectora, kAsesor1, kAsesor2, kConsulta};
  create_center(ws, spec);
}  // the Workspace closes here: the WAL is checkpointed into the main file

namespace {

// The accounts of the recipe below, by username.
Accounts read_accounts(const fs::path& db) {
  // immutable=1: a plain read of a finished file, no -shm, safe while other
  // test processes copy it.
  SQLite::Database raw("file:" + db.string() + "?immutable=1",
                       SQLite::OPEN_READONLY | SQLite::OPEN_URI);
  auto actor = [&](const char* username) {
    SQLite::Statement q(raw, "SELECT id, role FROM app_user WHERE username = ?1");
    q.bind(1, username);
    if (!q.executeStep()) throw std::runtime_error(std::string("falta la cuenta ") + username);
    const std::string role = q.getColumn(1).getString();
    Actor a{q.getColumn(0).getInt64(), username, Role::Consulta};
    for (const auto& e : code_table<Role>())
      if (e.code == role) a.role = e.value;
    return a;
  };
  return Accounts{actor("admin"), actor("directora"), actor("asesor1"), actor("asesor2"),
                  actor("consulta")};
}

void build(const fs::path& path) { build_store_center(store::DataSource(path)); }

// ctest runs every test in its own process; five Argon2id hashes per process
// made the store label take minutes. The template is therefore kept in the
// build tree, named after this test binary's build (size and time), so a
// rebuild (new migrations, new recipe) always makes a fresh one.
fs::path cached_template_path() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const auto stamp = fs::last_write_time(exe, ec).time_since_epoch().count();
  const auto size = fs::file_size(exe, ec);
  if (ec) return {};
  const fs::path dir = fs::path(CDMYPE_BINARY_DIR) / "tests";
  if (!fs::is_directory(dir, ec)) return {};
  return dir / (exe.filename().string() + "-template-" + std::to_string(stamp) + "-" +
                std::to_string(size) + ".db");
}

void remove_stale_templates(const fs::path& keep) {
  std::error_code ec;
  const std::string prefix =
      keep.filename().string().substr(0, keep.filename().string().find("-template-") + 10);
  for (const auto& entry : fs::directory_iterator(keep.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.path() != keep) fs::remove(entry.path(), ec);
  }
}

struct Template {
  TempDir dir;
  fs::path path;
  Accounts accounts;

  Template() {
    const fs::path fresh = dir / "plantilla.db";
    const fs::path cached = cached_template_path();
    std::error_code ec;
    if (!cached.empty() && fs::exists(cached, ec)) {
      path = cached;
    } else {
      build(fresh);
      path = fresh;
      if (!cached.empty()) {
        // Copy then rename: a parallel test process sees a whole file or none.
        const fs::path tmp = cached.string() + "." + std::to_string(::getpid()) + ".tmp";
        if (fs::copy_file(fresh, tmp, ec) && (fs::rename(tmp, cached, ec), !ec))
          remove_stale_templates(cached);
        fs::remove(tmp, ec);
      }
    }
    accounts = read_accounts(path);
  }
};

Template& the_template() {
  static Template t;
  return t;
}

}  // namespace

const fs::path& template_database() { return the_template().path; }
const Accounts& template_accounts() { return the_template().accounts; }

}  // namespace cdmype::testing_support
