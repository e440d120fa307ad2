// Test helpers for exchange: fixture files and a fake database behind ImportLookups/ExportLookups.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

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

  std::optional<std::int64_t> user_id(std::string_view username) const override {
    const auto it = users.find(username);
    return it == users.end() ? std::nullopt : std::optional(it->second);
  }
  std::optional<std::int64_t> enterprise_id(std::string_view codigo) const override {
    const auto it = enterprises.find(codigo);
    return it == enterprises.end() ? std::nullopt : std::optional(it->second);
  }
  std::string center_departamento() const override { return departamento; }

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
