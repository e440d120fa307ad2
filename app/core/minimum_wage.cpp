// Choosing the minimum wage in force on a date and checking a new row.
#include "core/minimum_wage.hpp"

namespace cdmype {

std::optional<Money> wage_in_force(std::span<const MinimumWage> wages, const Date& on) {
  const MinimumWage* best = nullptr;
  const MinimumWage* first = nullptr;
  for (const auto& w : wages) {
    if (w.vigente_desde.is_special()) continue;
    if (!first || w.vigente_desde < first->vigente_desde) first = &w;
    if (!on.is_special() && w.vigente_desde <= on &&
        (!best || w.vigente_desde >= best->vigente_desde))
      best = &w;
  }
  if (best) return best->monto;
  if (first) return first->monto;
  return std::nullopt;
}

std::vector<std::string> validate_new_wage(const MinimumWage& w,
                                           std::span<const MinimumWage> existing) {
  std::vector<std::string> problems;
  if (w.monto.cents <= 0)
    problems.push_back("monto: el salario mínimo mensual debe ser mayor que cero (p. ej. 408.80).");
  if (w.vigente_desde.is_special()) {
    problems.push_back("vigente desde: falta la fecha desde la que rige.");
    return problems;
  }
  for (const auto& old : existing)
    if (!old.vigente_desde.is_special() && old.vigente_desde >= w.vigente_desde) {
      problems.push_back("vigente desde: ya hay un salario mínimo que rige desde el " +
                         to_display(old.vigente_desde) +
                         "; el nuevo debe regir desde una fecha posterior (los meses ya "
                         "informados conservan el salario con que se clasificaron).");
      break;
    }
  return problems;
}

}  // namespace cdmype
