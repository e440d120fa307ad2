// Realistic demonstration data for a CDMYPE (pure generation, no storage).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/enterprise.hpp"
#include "core/user.hpp"

namespace cdmype::demo {

enum class Scale { Small, National };

struct DemoUser {
  std::string username;
  std::string full_name;
  Role role;
  // One of the national demo's many generated asesores (not a named account
  // of the printed list): its password hash is made at the minimum cost.
  bool generated = false;
};

// Records refer to users and enterprises by index into the vectors, since
// ids exist only once stored.
struct DemoEnterprise {
  Enterprise record;
  size_t asesor_index = 0;
};

struct DemoSession {
  AdvisorySession record;
  size_t enterprise_index = 0;
  size_t asesor_index = 0;
};

struct DemoData {
  Scale scale = Scale::Small;
  std::string center_name;
  std::string prefix;
  std::string operator_name;
  std::string departamento;
  std::vector<DemoUser> users;  // users[0] is the director
  std::vector<DemoEnterprise> enterprises;
  std::vector<DemoSession> sessions;
};

inline constexpr const char* kDemoPassword = "demo-cdmype-2026";

// Same seed and day → same data. Small: one center in Chalatenango, about 150
// enterprises over its distritos and a year of sessions up to `today`.
// National: 100,000 enterprises over all 262 distritos and 1,000,000 sessions
// over three years.
DemoData generate(Scale scale, const Date& today, std::uint64_t seed = 20261123);

}  // namespace cdmype::demo
