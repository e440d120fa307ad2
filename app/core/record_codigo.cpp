// The one comparison key of record codes (trim + ASCII upper case).
#include "core/record_codigo.hpp"

#include "core/text.hpp"

namespace cdmype {

std::string codigo_key(std::string_view codigo) {
  std::string key = trim(codigo);
  for (char& c : key)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return key;
}

}  // namespace cdmype
