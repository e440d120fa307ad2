// Audit snapshots: each record's fields as a flat JSON object (codes, ISO dates, cents).
#pragma once
#include <string>

#include "core/advisory_session.hpp"
#include "core/enterprise.hpp"
#include "core/user.hpp"

namespace cdmype::store {

// Field names follow the table columns so a reader can match them to the
// schema; ids, uuid and version included, timestamps left to the audit row.
std::string enterprise_json(const Enterprise& e);
std::string session_json(const AdvisorySession& s);
// Never includes the password hash.
std::string user_json(const User& u);

}  // namespace cdmype::store
