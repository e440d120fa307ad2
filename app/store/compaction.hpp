// Leaves no forgotten value behind in the database's free space, its search index or its log.
#pragma once
#include <string>

#include "store/sql/connection.hpp"

namespace cdmype::store {

struct CompactionOutcome {
  bool complete = false;
  // Spanish, for the person who asked: what was done, or what is still to do.
  std::string note;
};

// Runs outside any transaction, after the forgetting committed. SQLite: the
// search index is merged into one segment (deleted words leave its older
// ones), the log is checkpointed and emptied, the file rebuilt (VACUUM, so no
// free page keeps an old row) and the log emptied again. PostgreSQL: VACUUM
// FULL rewrites the tables that held the person; the server's write-ahead
// log keeps the old values until its segments are recycled (at most
// max_wal_size of later writes) and any WAL archive until it expires, which
// the note says. Another program holding the file open, or a server role that
// does not own the tables, leaves it incomplete, and the note says what to do.
CompactionOutcome compact_after_forgetting(Connection& db);

}  // namespace cdmype::store
