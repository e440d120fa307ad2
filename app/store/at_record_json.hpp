// Audit snapshots and audit table names of the AT records: assistance, provider, policy version,
// budget.
#pragma once
#include <string>
#include <string_view>

#include "core/at_record.hpp"
#include "core/budget.hpp"
#include "core/provider.hpp"
#include "core/subsidy_policy.hpp"

namespace cdmype::store {

// Table names as written in audit rows (the table each record lives in).
inline constexpr std::string_view kAuditAt = "technical_assistance";
inline constexpr std::string_view kAuditProvider = "provider";
inline constexpr std::string_view kAuditPolicy = "subsidy_policy_version";
inline constexpr std::string_view kAuditBudget = "at_budget";

// Field names follow the table columns (see at_row.hpp), like record_json.hpp.
std::string at_json(const TechnicalAssistance& at);
std::string provider_json(const Provider& p);
// Includes the graduated rules as "reglas": "id:condicion,condicion:aporte_bp;…".
std::string policy_json(const PolicyVersion& v);
std::string budget_json(const AtBudget& b);

}  // namespace cdmype::store
