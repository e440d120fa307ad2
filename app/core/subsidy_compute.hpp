// Computes the subsidy and co-payment of an AT under one policy version, in integer cents.
#pragma once
#include "core/money.hpp"
#include "core/subsidy_decision.hpp"
#include "core/subsidy_facts.hpp"
#include "core/subsidy_policy.hpp"

namespace cdmype {

// subsidio = round half-up(costo_total × percentage), then at most the
// per-AT cap, then at most what is left of the per-enterprise-year cap given
// `approved_this_year` (subsidies already approved for the enterprise in the
// approval's calendar year), never below zero; copago = costo_total − subsidio.
//
// Two-step: weighted_bp when any weight condition holds, else base_bp.
// Graduated: among rules with conditions, all of which hold, the one with the
// lowest co-payment (ties: more conditions, then the earlier rule); if none,
// the rule without conditions; if there is none, base_bp (rule_id empty).
//
// Throws UserError when costo_total or approved_this_year is negative.
SubsidyDecision compute_subsidy(const PolicyVersion& policy, const EnterpriseFacts& facts,
                                Money costo_total, Money approved_this_year = {});

// The graduated rule that would apply, or nullptr (fallback to base_bp).
const GraduatedRule* matching_rule(const PolicyVersion& policy, const EnterpriseFacts& facts);

}  // namespace cdmype
