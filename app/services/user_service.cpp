// Account management; each change is one transaction with its audit row.
#include "services/user_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/spanish_collation.hpp"
#include "core/text.hpp"
#include "store/password_hash.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

User UserService::existing(std::string_view username) {
  auto u = store::UserRepository(ctx_.sql()).by_username(username);
  if (!u) throw UserError("No existe la cuenta «" + std::string(username) + "».");
  return *u;
}

User UserService::add(const Actor& actor, const NewUser& in) {
  require(actor, Action::ManageUsers);
  std::vector<std::string> problems;
  if (const auto p = username_problem(in.username); !p.empty()) problems.push_back(p);
  if (trim(in.full_name).empty()) problems.push_back("nombre completo: no puede quedar vacío.");
  if (const auto p = password_unusable(in.password); !p.empty()) problems.push_back(p);
  if (!problems.empty()) throw ValidationFailed(problems);
  const std::string hash = store::hash_password(in.password);
  User u;
  u.username = in.username;
  u.full_name = trim(in.full_name);
  u.role = in.role;
  u.must_change_password = in.must_change_password;
  store::WriteTransaction tx(ctx_.db);
  store::UserRepository(ctx_.sql()).insert(ctx_.author(actor), u, hash);
  tx.commit();
  return u;
}

std::vector<User> UserService::list(const Actor& actor) {
  require(actor, Action::ManageUsers);
  return store::UserRepository(ctx_.sql()).list();
}

std::optional<User> UserService::find(const Actor& actor, std::string_view username) {
  require(actor, Action::ManageUsers);
  return store::UserRepository(ctx_.sql()).by_username(username);
}

void UserService::disable(const Actor& actor, std::string_view username) {
  require(actor, Action::ManageUsers);
  store::WriteTransaction tx(ctx_.db);
  store::UserRepository users(ctx_.sql());
  User u = existing(username);
  if (u.meta.id == actor.user_id)
    throw UserError(
        "No puede desactivar su propia cuenta; pida a otra persona administradora que lo haga.");
  if (!u.active) return;
  if (u.role == Role::Admin && users.count_active_with_role(Role::Admin) <= 1)
    throw UserError("No se puede desactivar «" + u.username +
                    "»: es la última cuenta de administración activa.");
  u.active = false;
  users.update(ctx_.author(actor), u);
  tx.commit();
}

void UserService::enable(const Actor& actor, std::string_view username) {
  require(actor, Action::ManageUsers);
  store::WriteTransaction tx(ctx_.db);
  User u = existing(username);
  if (u.active) return;
  u.active = true;
  store::UserRepository(ctx_.sql()).update(ctx_.author(actor), u);
  tx.commit();
}

void UserService::change_role(const Actor& actor, std::string_view username, Role role) {
  require(actor, Action::ManageUsers);
  store::WriteTransaction tx(ctx_.db);
  store::UserRepository users(ctx_.sql());
  User u = existing(username);
  if (u.role == role) return;
  if (u.role == Role::Admin && u.active && users.count_active_with_role(Role::Admin) <= 1)
    throw UserError("No se puede cambiar el rol de «" + u.username +
                    "»: es la última cuenta de administración activa.");
  u.role = role;
  users.update(ctx_.author(actor), u);
  tx.commit();
}

void UserService::reset_password(const Actor& actor, std::string_view username,
                                 std::string_view password) {
  require(actor, Action::ManageUsers);
  if (const auto p = password_unusable(password); !p.empty()) throw ValidationFailed({p});
  const std::string hash = store::hash_password(password);
  store::WriteTransaction tx(ctx_.db);
  const User u = existing(username);
  store::UserRepository(ctx_.sql())
      .set_password_hash(ctx_.author(actor), u.meta.id, hash,
                         /*must_change_password=*/true);
  tx.commit();
}

std::vector<UserSummary> UserService::advisors(const Actor& actor) {
  require(actor, Action::ViewEnterprises);
  std::vector<UserSummary> out;
  for (const auto& u : store::UserRepository(ctx_.sql()).list())
    if (u.active && (u.role == Role::Asesor || u.role == Role::Director))
      out.push_back(UserSummary{u.meta.id, u.username, u.full_name, u.role});
  sort_spanish(out, [](const UserSummary& u) -> const std::string& { return u.full_name; });
  return out;
}

}  // namespace cdmype::services
