// The `check` command's findings: integrity, references, schema version, search index, audit.
#pragma once
#include <string>
#include <vector>

namespace cdmype::store {

class Database;

// Spanish findings, one per problem; empty when everything is fine. Runs
// PRAGMA integrity_check (seconds on a national-size file), foreign_key_check,
// the schema version, the full-text index against its table, the distrito
// catalog, and audit sanity (append-only triggers present; every enterprise,
// session and account has its creation entry).
std::vector<std::string> check_database(Database& db);

}  // namespace cdmype::store
