// The AT template database: the store template plus one compras account.
#include "at_test_support.hpp"

#include "support/center_setup.hpp"

namespace cdmype::testing_support {

void build_at_center(const store::DataSource& source) {
  build_store_center(source);
  FakeClock clock;
  auto ws = services::Workspace::open(source, clock.clock());
  add_account(ws, read_accounts(ws.database().connection()).admin,
              {"compras", "Lucía Cortez", Role::Compras}, kPassword);
}

Actor read_compras(store::Connection& c) {
  store::Statement q(c, "SELECT id FROM app_user WHERE username = 'compras'");
  if (!q.step()) throw std::runtime_error("falta la cuenta compras");
  return Actor{q.int64("id"), "compras", Role::Compras};
}

namespace {

struct AtTemplate {
  TempDir dir;
  fs::path path;
  Actor compras;

  AtTemplate() {
    path = dir / "plantilla-at.db";
    fs::copy_file(template_database(), path);
    FakeClock clock;
    auto ws = services::Workspace::open(path, clock.clock());
    compras = add_account(ws, template_accounts().admin,
                          {"compras", "Lucía Cortez", Role::Compras}, kPassword);
  }  // closing checkpoints the WAL into the file
};

AtTemplate& the_template() {
  static AtTemplate t;
  return t;
}

}  // namespace

const Actor& at_template_compras() { return the_template().compras; }
const fs::path& at_template_database() { return the_template().path; }

}  // namespace cdmype::testing_support
