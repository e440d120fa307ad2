// One recipe for "a center with its accounts", made through the services as a real center would
// be: every test fixture and benchmark database that needs signed-in people starts here.
#pragma once
#include <string>
#include <vector>

#include "core/permissions.hpp"
#include "services/workspace.hpp"

namespace cdmype::testing_support {

struct AccountSpec {
  std::string username;
  std::string full_name;
  Role role = Role::Asesor;
};

// The accounts most fixtures share (accented names on purpose).
inline const AccountSpec kDirectora{"directora", "María José Peña", Role::Director};
inline const AccountSpec kAsesor1{"asesor1", "José Niño Cortez", Role::Asesor};
inline const AccountSpec kAsesor2{"asesor2", "Ana Lucía Guardado", Role::Asesor};
inline const AccountSpec kConsulta{"consulta", "Supervisión CONAMYPE", Role::Consulta};

// The center's settings and who works there. The first account is always the admin "admin";
// the others are added by that admin, in order. Every account has `password`.
struct CenterSpec {
  std::string center_name = "CDMYPE Chalatenango";
  std::string operator_name;  // left empty by most fixtures
  std::string paper_size;     // empty: CenterInit's default (Letter)
  std::string admin_full_name = "Administración";
  std::string password;
  std::vector<AccountSpec> accounts;
};

struct CenterActors {
  Actor admin;
  std::vector<Actor> accounts;  // in the order of CenterSpec::accounts
  // The account with this username, admin included; throws std::out_of_range when missing.
  const Actor& at(const std::string& username) const;
};

// Initializes the center (prefix "CH", departamento Chalatenango) in a new, empty database.
CenterActors create_center(services::Workspace& ws, const CenterSpec& spec);

// One more account, added by `admin` through UserService (no password change asked).
Actor add_account(services::Workspace& ws, const Actor& admin, const AccountSpec& account,
                  const std::string& password);

}  // namespace cdmype::testing_support
