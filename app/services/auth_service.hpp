// Signing in (Argon2id verify, lockout after repeated failures) and changing one's own password.
#pragma once
#include <string_view>

#include "core/permissions.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

inline constexpr int kMaxFailedSignIns = 5;
inline constexpr int kLockoutSeconds = 60;

class AuthService {
 public:
  explicit AuthService(ServiceContext& ctx) : ctx_(ctx) {}

  // The account as the acting user. Throws UserError with a Spanish message
  // for an unknown user or wrong password (same message for both), a
  // disabled account ("La cuenta «x» está desactivada.") or a locked one.
  // The fifth consecutive failure locks the account for one minute. A hash
  // made with older parameters is upgraded on success.
  Actor sign_in(std::string_view username, std::string_view password);

  // Needs the current password; the new one must pass core password_problem.
  void change_own_password(const Actor& actor, std::string_view current,
                           std::string_view replacement);

  // True when an administrator set the password and the person should choose their own.
  bool must_change_password(const Actor& actor);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
