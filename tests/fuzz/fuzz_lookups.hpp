// The small, fixed center the importer fuzz targets resolve names against.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "exchange/import_lookups.hpp"

namespace cdmype::fuzzing {

// Users "ana" (1) and "mpena" (2); enterprises CH-2026-0001 (10) and CH-2026-0002 (20).
class FuzzLookups final : public exchange::ImportLookups {
 public:
  std::optional<std::int64_t> user_id(std::string_view username) const override {
    if (username == "ana") return 1;
    if (username == "mpena") return 2;
    return std::nullopt;
  }
  std::optional<std::int64_t> enterprise_id(std::string_view codigo) const override {
    if (codigo == "CH-2026-0001") return 10;
    if (codigo == "CH-2026-0002") return 20;
    return std::nullopt;
  }
  std::string center_departamento() const override { return "Chalatenango"; }
};

}  // namespace cdmype::fuzzing
