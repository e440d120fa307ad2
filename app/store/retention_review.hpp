// Which closed or graduated files have had no activity for the center's retention period, and
// the decisions to keep one (Decreto Legislativo 144: data are kept no longer than needed).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditRetention = "retention_decision";

struct RetentionCandidate {
  std::int64_t enterprise_id = 0;
  std::string codigo;
  std::string nombre;
  std::string estado;  // "graduada" | "cerrada"
  Date last_activity;  // the latest of entry, session, AT request and result dates
};

// Files closed or graduated whose last activity is before `cutoff`, unless kept on or after it.
std::vector<RetentionCandidate> retention_candidates(Connection& db, const Date& cutoff);

// Records a decision to keep the file, with its reason (audited).
void keep_file(Connection& db, const Author& who, std::int64_t enterprise_id, const Date& on,
               const std::string& reason);

}  // namespace cdmype::store
