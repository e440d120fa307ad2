// Checks that a record's references exist (distrito, asesor, enterprise) before writing, in
// Spanish.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/enterprise.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::services {

// Loads the user list once, so a bulk import checks 100,000 rows without a
// query per row; enterprise ids are loaded only when sessions need them.
class ReferenceChecks {
 public:
  explicit ReferenceChecks(store::Connection& db);

  // core validate() (which also checks the distrito) plus asesor existence.
  std::vector<std::string> enterprise_problems(const Enterprise& e) const;
  // core validate() (no session after `today`) plus enterprise and asesor existence.
  std::vector<std::string> session_problems(const AdvisorySession& s, const Date& today);

 private:
  store::Connection& db_;
  std::unordered_map<std::int64_t, std::string> users_;  // id → username
  std::unordered_set<std::int64_t> enterprises_;
  bool enterprises_loaded_ = false;
};

// DUI and NIT in their canonical forms when they parse (so lookups by DUI/NIT
// find them); left as typed otherwise, for validate() to report.
void canonicalize_ids(Enterprise& e);

// "línea 12: " when line numbers are given for the rows, else "registro 3: ".
std::string row_label(const std::vector<int>& line_numbers, size_t index);

}  // namespace cdmype::services
