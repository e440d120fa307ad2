// The monthly minimum wage as dated rows: the amount the MYPE size limits are multiplied by.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/money.hpp"

namespace cdmype {

// Commerce-and-services monthly minimum from `vigente_desde` (inclusive) on.
// Shipped rows come from migration 0009; the director adds later decrees.
struct MinimumWage {
  std::int64_t id = 0;
  Date vigente_desde;
  Money monto;
  std::string nota;  // the decree ("Decreto Ejecutivo N.° 11, D.O. 23/05/2025")

  friend bool operator==(const MinimumWage&, const MinimumWage&) = default;
};

// The row with the latest vigente_desde ≤ `on`. Before the first row the first
// row applies (a center's older files are still classified, with the oldest
// wage the program knows); nullopt only when there are no rows at all.
std::optional<Money> wage_in_force(std::span<const MinimumWage> wages, const Date& on);

// Spanish problems with a new row ("monto: …"); it must start after every
// stored row, so a month already reported keeps the wage it was classified by.
std::vector<std::string> validate_new_wage(const MinimumWage& w,
                                           std::span<const MinimumWage> existing);

}  // namespace cdmype
