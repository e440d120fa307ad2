// The subsidy decision frozen on an approved AT: version, percentage, amounts and why.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/money.hpp"
#include "core/subsidy_facts.hpp"
#include "core/subsidy_policy.hpp"

namespace cdmype {

// Which cap, if any, lowered the subsidy below the percentage. When both
// would, the enterprise-year one is recorded: it is applied last and binds.
enum class SubsidyCap { Ninguno, PorAsistencia, PorEmpresaAnio };
std::string_view subsidy_cap_code(SubsidyCap c);  // "ninguno", "por_asistencia", "por_empresa_anio"
std::optional<SubsidyCap> parse_subsidy_cap(std::string_view text);

// A plain value copied onto the AT when it is approved. Nothing in it points
// back to the policy, so a later version cannot change an approved AT.
struct SubsidyDecision {
  std::int64_t policy_version_id = 0;
  PolicyKind kind = PolicyKind::TwoStep;
  int center_bp = 0;  // percentage the center pays, before caps
  Money costo_total;
  Money subsidio;  // what the center pays
  Money copago;    // the enterprise's aporte; subsidio + copago == costo_total
  // The conditions that earned the percentage: the weighting reasons of a
  // two-step version (any that held) or the conditions of the graduated rule.
  ConditionSet reasons;
  std::string rule_id;  // graduated: the rule applied; empty otherwise or on fallback
  SubsidyCap cap = SubsidyCap::Ninguno;

  // Counted as "ponderada" in the monthly report.
  bool weighted() const { return !reasons.empty(); }
  friend bool operator==(const SubsidyDecision&, const SubsidyDecision&) = default;
};

// "95 %: liderada por mujer, rural"; "90 %: sin ponderación";
// "97 %: regla «mujer-rural» (liderada por mujer, rural)";
// a cap adds "; tope por asistencia: subsidio limitado a $500.00".
std::string explain(const SubsidyDecision& d);

}  // namespace cdmype
