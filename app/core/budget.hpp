// The yearly AT fund: funding split, committed / executed / remaining, approval check.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/at_estado.hpp"
#include "core/money.hpp"

namespace cdmype {

inline constexpr int kDefaultConamypeBp = 5000;  // CONAMYPE and the operator share costs 50/50

struct AtBudget {
  int year = 0;
  Money fondo;  // the AT fund for the calendar year
  int conamype_bp = kDefaultConamypeBp;

  int operador_bp() const { return 10000 - conamype_bp; }
  friend bool operator==(const AtBudget&, const AtBudget&) = default;
};

// The two shares add up to the fund exactly: CONAMYPE's is rounded half-up,
// the operator's is the rest.
Money conamype_share(const AtBudget& b);
Money operador_share(const AtBudget& b);

// Spanish problems ("fondo: …"); empty when valid.
std::vector<std::string> validate(const AtBudget& b);

// What the budget figures need to know about one AT of the year (by approval date).
struct BudgetLine {
  AtEstado estado = AtEstado::Borrador;
  Money subsidio;  // the frozen subsidy; zero when not approved
};

struct BudgetFigures {
  int year = 0;
  std::optional<Money> fondo;  // nullopt: no budget set for the year, not limited
  Money committed;             // subsidies of AT approved and later (aprobada … liquidada)
  Money executed;              // subsidies of liquidada AT
  // fondo − committed; negative if the fund was lowered below what is committed.
  std::optional<Money> remaining;
};

BudgetFigures budget_figures(int year, const std::optional<AtBudget>& budget,
                             std::span<const BudgetLine> lines);

// Sum of the subsidies that count as committed.
Money committed_of(std::span<const BudgetLine> lines);

// Why approving `new_subsidy` with `committed` already reserved would
// overdraw the year's fund ("La aprobación excede el fondo de asistencia
// técnica 2026: quedan $2,045.20 y el subsidio es $3,000.00."); nullopt when
// it fits exactly or less, or when no budget is set for the year.
std::optional<std::string> check_approval(const std::optional<AtBudget>& budget, Money committed,
                                          Money new_subsidy);

// "Fondo 2026: $25,000.00; comprometido $3,000.00; ejecutado $0.00; disponible $22,000.00"
// or "Fondo 2026: no definido (sin límite); comprometido $3,000.00; ejecutado $0.00".
std::string describe(const BudgetFigures& f);

}  // namespace cdmype
