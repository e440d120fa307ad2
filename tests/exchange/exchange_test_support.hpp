// Test helpers for exchange: fixture files and a fake database behind ImportLookups/ExportLookups.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/cp1252.hpp"
#include "exchange/exchange_file.hpp"
#include "exchange/import_errors.hpp"
#include "exchange/import_lookups.hpp"

namespace cdmype::exchange::testing {

inline std::string fixture(const std::string& name) {
  return read_exchange_file(std::string(CDMYPE_TEST_DATA) + "/csv/" + name);
}

// A center in Chalatenango with three users and two enterprise files.
class FakeLookups : public ImportLookups, public ExportLookups {
 public:
  std::map<std::string, std::int64_t, std::less<>> users{
      {"director", 1}, {"mpena", 2}, {"jnino", 3}};
  std::map<std::string, std::int64_t, std::less<>> enterprises{{"CH-2025-0007", 70},
                                                               {"CH-2025-0008", 80}};
  std::string departamento = "Chalatenango";
  NumberFormat format = NumberFormat::ElSalvador;
  Date fixed_today{2026, 12, 1};  // the workspace clock's "today"

  std::optional<std::int64_t> user_id(std::string_view username) const override {
    const auto it = users.find(username);
    return it == users.end() ? std::nullopt : std::optional(it->second);
  }
  std::optional<std::int64_t> enterprise_id(std::string_view codigo) const override {
    const auto it = enterprises.find(codigo);
    return it == enterprises.end() ? std::nullopt : std::optional(it->second);
  }
  std::string center_departamento() const override { return departamento; }
  NumberFormat number_format() const override { return format; }
  Date today() const override { return fixed_today; }

  std::string username(std::int64_t id) const override {
    for (const auto& [name, uid] : users)
      if (uid == id) return name;
    return {};
  }
  std::string enterprise_codigo(std::int64_t id) const override {
    for (const auto& [code, eid] : enterprises)
      if (eid == id) return code;
    return {};
  }
};

// The bytes Spanish Excel writes for `utf8` («CSV (delimitado por comas)»: Windows-1252).
inline std::string to_cp1252(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    i += len;
    const auto byte = unicode_to_cp1252(cp);
    EXPECT_TRUE(byte) << "sin equivalente en Windows-1252: U+" << std::hex << unsigned(cp);
    out.push_back(static_cast<char>(byte.value_or('?')));
  }
  return out;
}

// Runs `f`, expecting ImportFailed, and returns its problems (or fails).
template <class F>
std::vector<std::string> problems_of(F&& f) {
  try {
    f();
  } catch (const ImportFailed& e) {
    return e.problems();
  }
  ADD_FAILURE() << "se esperaba ImportFailed";
  return {};
}

inline bool has_problem(const std::vector<std::string>& problems, const std::string& needle) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(needle) != std::string::npos; });
}

}  // namespace cdmype::exchange::testing
