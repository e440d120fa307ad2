// Derived figures of the monthly report that every writer needs the same way.
#include "report/monthly_figures.hpp"

namespace cdmype::report {

std::optional<double> percent_achieved(std::int64_t acumulado, std::int64_t meta) {
  if (meta <= 0) return std::nullopt;  // no goal set: a % would be meaningless
  return static_cast<double>(acumulado) * 100.0 / static_cast<double>(meta);
}

}  // namespace cdmype::report
