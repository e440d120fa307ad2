// Enterprise file codes: center prefix, year and sequence ("CH-2026-0042").
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cdmype::store {

// 4-digit zero-padded sequence; more digits past 9999.
std::string format_enterprise_codigo(std::string_view prefix, int year, int sequence);

struct EnterpriseCodigo {
  std::string prefix;
  int year = 0;
  int sequence = 0;
};
// nullopt for anything that is not PREFIX-YYYY-NNNN (imported files may carry other codes).
std::optional<EnterpriseCodigo> parse_enterprise_codigo(std::string_view codigo);

}  // namespace cdmype::store
