// create_center: the settings, the admin, then every other account through UserService.
#include "support/center_setup.hpp"

#include <stdexcept>

namespace cdmype::testing_support {

const Actor& CenterActors::at(const std::string& username) const {
  if (admin.username == username) return admin;
  for (const Actor& a : accounts)
    if (a.username == username) return a;
  throw std::out_of_range("la prueba pide una cuenta que no existe: " + username);
}

CenterActors create_center(services::Workspace& ws, const CenterSpec& spec) {
  services::CenterInit init;
  init.center_name = spec.center_name;
  init.prefix = "CH";
  init.operator_name = spec.operator_name;
  init.departamento = "Chalatenango";
  if (!spec.paper_size.empty()) init.paper_size = spec.paper_size;
  init.username = "admin";
  init.full_name = spec.admin_full_name;
  init.password = spec.password;
  init.role = Role::Admin;
  CenterActors made;
  made.admin = ws.center().initialize(init);
  for (const AccountSpec& a : spec.accounts)
    made.accounts.push_back(add_account(ws, made.admin, a, spec.password));
  return made;
}

Actor add_account(services::Workspace& ws, const Actor& admin, const AccountSpec& account,
                  const std::string& password) {
  const User u =
      ws.users().add(admin, {account.username, account.full_name, account.role, password, false});
  return Actor{u.meta.id, u.username, u.role};
}

}  // namespace cdmype::testing_support
