// Template databases on the test server for the fixtures that need a whole center.
#include "support/center_copies.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

#include "store/sql/statement.hpp"

namespace cdmype::testing_support {

PostgresCenterCopy::PostgresCenterCopy(const std::string& template_name,
                                       const std::function<void(const store::DataSource&)>& build) {
  ensure_template(template_name, [&](const std::string& uri) {
    build(store::DataSource::parse(uri));
  });
  scratch_ = std::make_unique<ScratchPostgresDatabase>(template_name);
}

namespace {

// SQLite templates of this process, by name: built once, copied by each test.
struct FileTemplates {
  TempDir dir{"cdmype-plantillas"};
  std::map<std::string, std::filesystem::path> built;
  std::mutex mutex;
};

FileTemplates& file_templates() {
  static FileTemplates t;
  return t;
}

}  // namespace

TestCenter::TestCenter(const std::string& name,
                       const std::function<void(const store::DataSource&)>& build) {
  if (testing_on_postgresql()) {
    server_copy_ = std::make_unique<PostgresCenterCopy>(name, build);
    source_ = server_copy_->source();
    return;
  }
  auto& t = file_templates();
  std::filesystem::path made;
  {
    const std::lock_guard lock(t.mutex);
    auto found = t.built.find(name);
    if (found == t.built.end()) {
      const auto path = t.dir / (name + ".db");
      build(store::DataSource(path));
      found = t.built.emplace(name, path).first;
    }
    made = found->second;
  }
  const auto copy = dir_ / "centro.db";
  std::filesystem::copy_file(made, copy);
  source_ = store::DataSource(copy);
}

Actor stored_account(store::Connection& c, const std::string& username) {
  store::Statement q(c, "SELECT id, role FROM app_user WHERE username = :u");
  q.bind("u", username);
  if (!q.step()) throw std::runtime_error("falta la cuenta " + username);
  Actor a{q.int64("id"), username, Role::Consulta};
  const std::string role = q.text("role");
  for (const auto& e : code_table<Role>())
    if (e.code == role) a.role = e.value;
  return a;
}

}  // namespace cdmype::testing_support
