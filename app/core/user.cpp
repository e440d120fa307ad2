// Rules for usernames and passwords of the people who sign in.
#include "core/user.hpp"

namespace cdmype {
namespace {

constexpr std::size_t kMinUsername = 3;
constexpr std::size_t kMaxUsername = 32;
constexpr std::size_t kMinPassword = 10;

bool username_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

// Characters as a person counts them: "contraseña" is 10, not 11 bytes.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

std::string username_problem(std::string_view username) {
  const std::size_t n = code_points(username);
  if (n < kMinUsername || n > kMaxUsername)
    return "El nombre de usuario debe tener entre 3 y 32 caracteres (tiene " + std::to_string(n) +
           ").";
  for (char c : username)
    if (!username_char(c))
      return "El nombre de usuario «" + std::string(username) +
             "» solo puede llevar letras minúsculas sin tildes (a–z), números, punto, guion "
             "bajo y guion.";
  return {};
}

std::string password_problem(std::string_view password) {
  const std::size_t n = code_points(password);
  if (n < kMinPassword)
    return "La contraseña debe tener al menos 10 caracteres (tiene " + std::to_string(n) + ").";
  return {};
}

std::string password_unusable(std::string_view password) {
  if (password.empty()) return "La contraseña no puede estar vacía.";
  return {};
}

}  // namespace cdmype
