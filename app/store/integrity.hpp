// The `check` command's findings: integrity, references, schema version, search index, audit.
#pragma once
#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace cdmype::store {

class Database;

// Spanish findings, one per problem; empty when everything is fine. Runs
// PRAGMA integrity_check (seconds on a national-size file), foreign_key_check,
// the schema version, the full-text index against its table, the distrito
// catalog, and audit sanity (append-only triggers present; the hash chain
// unbroken, else its first broken entry; every enterprise, session and
// account has its creation entry).
std::vector<std::string> check_database(Database& db);

// The lines of PRAGMA integrity_check(limit) other than "ok"; empty when the
// file is sound. Used on backups and on files about to be restored.
std::vector<std::string> integrity_problems(SQLite::Database& db, int limit = 20);

}  // namespace cdmype::store
