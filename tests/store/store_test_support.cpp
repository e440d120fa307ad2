// The template center database shared (as copies) by the store tests.
#include "store_test_support.hpp"

#include <SQLiteCpp/Statement.h>

namespace cdmype::testing_support {

namespace {

struct Template {
  TempDir dir;
  fs::path path;
  Accounts accounts;

  Template() {
    path = dir / "plantilla.db";
    FakeClock clock;
    auto ws = services::Workspace::create(path, clock.clock());
    services::CenterInit init;
    init.center_name = "CDMYPE Chalatenango";
    init.prefix = "CH";
    init.operator_name = "Asociación de Municipios Cayaguanca";
    init.departamento = "Chalatenango";
    init.username = "admin";
    init.full_name = "Administración Cayaguanca";
    init.password = kPassword;
    accounts.admin = ws.center().initialize(init);
    auto add = [&](const std::string& user, const std::string& name, Role role) {
      const auto u = ws.users().add(accounts.admin, {user, name, role, kPassword, false});
      return Actor{u.meta.id, u.username, u.role};
    };
    accounts.directora = add("directora", "María José Peña", Role::Director);
    accounts.asesor1 = add("asesor1", "José Niño Cortez", Role::Asesor);
    accounts.asesor2 = add("asesor2", "Ana Lucía Guardado", Role::Asesor);
    accounts.consulta = add("consulta", "Supervisión CONAMYPE", Role::Consulta);
  }  // the Workspace closes here: the WAL is checkpointed into the main file
};

Template& the_template() {
  static Template t;
  return t;
}

}  // namespace

const fs::path& template_database() { return the_template().path; }
const Accounts& template_accounts() { return the_template().accounts; }

}  // namespace cdmype::testing_support
