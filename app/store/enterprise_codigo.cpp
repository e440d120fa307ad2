// Formats and parses "CH-2026-0042"-style enterprise codes.
#include "store/enterprise_codigo.hpp"

#include <cstdio>

namespace cdmype::store {

std::string format_enterprise_codigo(std::string_view prefix, int year, int sequence) {
  char tail[40];
  std::snprintf(tail, sizeof tail, "-%04d-%04d", year, sequence);
  return std::string(prefix) + tail;
}

std::optional<EnterpriseCodigo> parse_enterprise_codigo(std::string_view codigo) {
  const auto last = codigo.rfind('-');
  if (last == std::string_view::npos || last == 0) return std::nullopt;
  const auto mid = codigo.rfind('-', last - 1);
  if (mid == std::string_view::npos || mid == 0) return std::nullopt;
  auto digits = [](std::string_view s, int& out) {
    if (s.empty() || s.size() > 9) return false;
    out = 0;
    for (const char c : s) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    return true;
  };
  EnterpriseCodigo c;
  c.prefix = std::string(codigo.substr(0, mid));
  const auto year = codigo.substr(mid + 1, last - mid - 1);
  if (year.size() != 4 || !digits(year, c.year)) return std::nullopt;
  if (!digits(codigo.substr(last + 1), c.sequence)) return std::nullopt;
  return c;
}

}  // namespace cdmype::store
