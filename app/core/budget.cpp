// Budget arithmetic and the refusal of approvals that would overdraw the AT fund.
#include "core/budget.hpp"

namespace cdmype {

Money conamype_share(const AtBudget& b) {
  return Money::from_cents(percent_of_cents(b.fondo.cents, b.conamype_bp));
}

Money operador_share(const AtBudget& b) { return b.fondo - conamype_share(b); }

std::vector<std::string> validate(const AtBudget& b) {
  std::vector<std::string> p;
  if (b.year < 2000 || b.year > 2100)
    p.push_back("año: debe estar entre 2000 y 2100 (es " + std::to_string(b.year) + ").");
  if (b.fondo.cents < 0)
    p.push_back("fondo: no puede ser negativo (es " + format_money(b.fondo) + ").");
  if (b.conamype_bp < 0 || b.conamype_bp > 10000)
    p.push_back("aporte de CONAMYPE: debe estar entre 0 % y 100 % del fondo.");
  return p;
}

Money committed_of(std::span<const BudgetLine> lines) {
  Money sum;
  for (const auto& l : lines)
    if (at_commits_budget(l.estado)) sum += l.subsidio;
  return sum;
}

BudgetFigures budget_figures(int year, const std::optional<AtBudget>& budget,
                             std::span<const BudgetLine> lines) {
  BudgetFigures f;
  f.year = year;
  f.committed = committed_of(lines);
  for (const auto& l : lines)
    if (l.estado == AtEstado::Liquidada) f.executed += l.subsidio;
  if (budget) {
    f.fondo = budget->fondo;
    f.remaining = budget->fondo - f.committed;
  }
  return f;
}

std::optional<std::string> check_approval(const std::optional<AtBudget>& budget, Money committed,
                                          Money new_subsidy) {
  if (!budget) return std::nullopt;
  const Money remaining = budget->fondo - committed;
  if (new_subsidy <= remaining) return std::nullopt;
  const std::string head =
      "La aprobación excede el fondo de asistencia técnica " + std::to_string(budget->year) + ": ";
  if (remaining.cents < 0)
    return head + "ya está sobregirado en " + format_money(Money{} - remaining) +
           " y el subsidio es " + format_money(new_subsidy) + ".";
  return head + "quedan " + format_money(remaining) + " y el subsidio es " +
         format_money(new_subsidy) + ".";
}

std::string describe(const BudgetFigures& f) {
  std::string out = "Fondo " + std::to_string(f.year) + ": ";
  if (!f.fondo) {
    out += "no definido (sin límite)";
  } else {
    out += format_money(*f.fondo);
  }
  out += "; comprometido " + format_money(f.committed) + "; ejecutado " + format_money(f.executed);
  if (f.remaining) out += "; disponible " + format_money(*f.remaining);
  return out;
}

}  // namespace cdmype
