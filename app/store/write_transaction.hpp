// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
#pragma once
#include <SQLiteCpp/Database.h>

namespace cdmype::store {

class Database;

// Every write starts with BEGIN IMMEDIATE: it takes the write lock up front,
// so busy_timeout can wait for another writer. A deferred transaction that
// reads first can fail with SQLITE_BUSY_SNAPSHOT, which no wait fixes.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  explicit WriteTransaction(SQLite::Database& db);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  // Throws UserError (busy, disk full) and leaves the transaction rolled back.
  void commit();

 private:
  SQLite::Database& db_;
  bool done_ = false;
};

// Repositories call this before writing: a write outside a transaction would
// commit the row without its audit entry.
void require_transaction(SQLite::Database& db);

}  // namespace cdmype::store
