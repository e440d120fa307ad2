// A person who signs in, with one role of §1.
#pragma once
#include <cstdint>
#include <string>

#include "core/codes.hpp"
#include "core/enterprise.hpp"

namespace cdmype {

struct User {
  RecordMeta meta;
  std::string username;
  std::string full_name;
  Role role = Role::Asesor;
  bool active = true;
  bool must_change_password = false;
};

// Usernames: 3–32 of a–z, 0–9, '.', '_', '-'. Spanish message or "".
std::string username_problem(std::string_view username);
// At least 10 characters. Spanish message or "".
std::string password_problem(std::string_view password);
// What no front end may store: an empty password. Services enforce only
// this; the length policy above is enforced by the desktop app and only
// warned about by the CLI, so existing scripts keep working.
std::string password_unusable(std::string_view password);

}  // namespace cdmype
