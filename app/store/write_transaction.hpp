// RAII transactions: one writer at a time, and read snapshots; rolled back unless committed.
#pragma once
#include "store/sql/connection.hpp"

namespace cdmype::store {

class Database;

// Every write starts with the engine's one-writer lock taken up front
// (Connection::begin_write): on SQLite BEGIN IMMEDIATE — a deferred
// transaction that reads first can fail with SQLITE_BUSY_SNAPSHOT, which no
// wait fixes; on PostgreSQL the center's advisory lock as the first
// statement, so check-then-write code (budget, sequences, versions, audit
// head) sees no other writer between its check and its write.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  explicit WriteTransaction(Connection& c);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  // Throws UserError (busy, disk full, server lost, outcome unknown) and
  // leaves the transaction rolled back.
  void commit();

 private:
  Connection& connection_;
  bool done_ = false;
};

// A consistent view for reads of several statements (report, issuing,
// exports): REPEATABLE READ READ ONLY on PostgreSQL, a WAL read snapshot on
// SQLite. Ended (without writes to keep) when it goes.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Connection& c);
  ~ReadSnapshot();
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Connection& connection_;
  bool owns_ = false;  // false when a transaction was already open (it is the snapshot)
};

// Repositories call this before writing: a write outside a transaction would
// commit the row without its audit entry.
void require_transaction(Connection& c);

}  // namespace cdmype::store
