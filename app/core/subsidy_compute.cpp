// The subsidy arithmetic: percentage choice, half-up rounding, caps, exact co-payment.
#include "core/subsidy_compute.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace cdmype {

const GraduatedRule* matching_rule(const PolicyVersion& policy, const EnterpriseFacts& facts) {
  const GraduatedRule* best = nullptr;
  const GraduatedRule* fallback = nullptr;
  for (const auto& r : policy.rules) {
    if (r.conditions.empty()) {
      // The default rule only steps in when nothing specific matches;
      // otherwise a generous default would swallow every targeted rule.
      if (!fallback || r.copago_bp < fallback->copago_bp) fallback = &r;
      continue;
    }
    if (!holds_all(facts, r.conditions)) continue;
    if (!best || r.copago_bp < best->copago_bp ||
        (r.copago_bp == best->copago_bp && r.conditions.size() > best->conditions.size()))
      best = &r;
  }
  return best ? best : fallback;
}

SubsidyDecision compute_subsidy(const PolicyVersion& policy, const EnterpriseFacts& facts,
                                Money costo_total, Money approved_this_year) {
  if (costo_total.cents < 0) throw UserError("El costo total no puede ser negativo.");
  if (approved_this_year.cents < 0)
    throw UserError("El subsidio ya aprobado en el año no puede ser negativo.");

  SubsidyDecision d;
  d.policy_version_id = policy.id;
  d.kind = policy.kind;
  d.costo_total = costo_total;

  if (policy.kind == PolicyKind::TwoStep) {
    for (auto c : policy.weight_conditions)
      if (holds(facts, c)) d.reasons.insert(c);
    d.center_bp = d.reasons.empty() ? policy.base_bp : policy.weighted_bp;
  } else if (const GraduatedRule* rule = matching_rule(policy, facts)) {
    d.center_bp = rule->center_bp();
    d.rule_id = rule->id;
    d.reasons = rule->conditions;
  } else {
    d.center_bp = policy.base_bp;
  }
  // Guard against an unvalidated version: a percentage outside 0..100 %
  // would break subsidio ≤ costo_total.
  d.center_bp = std::clamp(d.center_bp, 0, kFullBp);

  std::int64_t subsidio = percent_of_cents(costo_total.cents, d.center_bp);
  if (policy.cap_per_at && subsidio > policy.cap_per_at->cents) {
    subsidio = std::max<std::int64_t>(0, policy.cap_per_at->cents);
    d.cap = SubsidyCap::PorAsistencia;
  }
  if (policy.cap_per_enterprise_year) {
    const std::int64_t left =
        std::max<std::int64_t>(0, policy.cap_per_enterprise_year->cents - approved_this_year.cents);
    if (subsidio > left) {
      subsidio = left;
      d.cap = SubsidyCap::PorEmpresaAnio;
    }
  }
  d.subsidio = Money::from_cents(subsidio);
  d.copago = costo_total - d.subsidio;
  return d;
}

}  // namespace cdmype
