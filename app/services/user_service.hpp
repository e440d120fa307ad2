// Managing accounts (ManageUsers): add, list, disable/enable, reset a password; advisor lookup.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "core/user.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

struct NewUser {
  std::string username;
  std::string full_name;
  Role role = Role::Asesor;
  std::string password;
  bool must_change_password = false;
};

// What a picker shows (e.g. the asesor of an enterprise).
struct UserSummary {
  std::int64_t id = 0;
  std::string username;
  std::string full_name;
  Role role = Role::Asesor;
};

class UserService {
 public:
  explicit UserService(ServiceContext& ctx) : ctx_(ctx) {}

  User add(const Actor& actor, const NewUser& u);                           // ManageUsers
  std::vector<User> list(const Actor& actor);                               // ManageUsers
  std::optional<User> find(const Actor& actor, std::string_view username);  // ManageUsers
  // Refuses disabling oneself and the last active admin.
  void disable(const Actor& actor, std::string_view username);
  void enable(const Actor& actor, std::string_view username);
  void change_role(const Actor& actor, std::string_view username, Role role);
  // Sets a new password chosen by the admin; the person is asked to change it.
  void reset_password(const Actor& actor, std::string_view username, std::string_view password);

  // Active asesores and directors, by full name: who can be assigned an
  // enterprise or log a session. Needs ViewEnterprises.
  std::vector<UserSummary> advisors(const Actor& actor);

 private:
  User existing(std::string_view username);
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
