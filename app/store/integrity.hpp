// The `check` command's findings: integrity, references, schema version, search index, audit.
#pragma once
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace cdmype::store {

class Connection;

// Spanish findings, one per problem; empty when everything is fine. On every
// engine: the schema version, the distrito catalog, and audit sanity
// (append-only triggers present; the hash chain unbroken, else its first
// broken entry; every enterprise, session and account has its creation
// entry). On SQLite also the file itself: PRAGMA integrity_check (seconds on
// a national-size file), foreign_key_check and the full-text index against
// its table. PostgreSQL enforces foreign keys always and derives its search
// column from the row, so neither can drift there; its indexes are checked
// with amcheck when the server has it (integrity.cpp says when).
std::vector<std::string> check_database(Connection& c);

// The lines of PRAGMA integrity_check(limit) other than "ok"; empty when the
// file is sound. Used on backups and on files about to be restored.
std::vector<std::string> integrity_problems(SQLite::Database& db, int limit = 20);

}  // namespace cdmype::store
