// A database failure with the kind the program acts on and the engine's own code kept for support.
#pragma once
#include <stdexcept>
#include <string>

#include "core/errors.hpp"
#include "store/sql/engine.hpp"

namespace cdmype::store {

// The few kinds callers decide on; everything else is Other. Each engine maps
// its own codes (SQLite extended result codes, PostgreSQL SQLSTATEs) here.
enum class DbErrorKind {
  Unique,          // a UNIQUE or PRIMARY KEY constraint
  ForeignKey,      // a reference to a row that does not exist (or still referenced)
  Check,           // a CHECK constraint or a trigger that refused the row
  NotNull,         // a NOT NULL column left empty
  Busy,            // another writer held the lock longer than we wait
  DiskFull,        // no space left: nothing was written
  ReadOnly,        // the file or role cannot write
  NotADatabase,    // the file is not SQLite / the server is not PostgreSQL
  Corrupt,         // damaged pages
  ConnectionLost,  // the server went away (nothing of the transaction was kept)
  CommitUnknown,   // the connection was lost during COMMIT: it may or may not have been kept
  Serialization,   // a snapshot conflict or deadlock the server resolved by aborting us
  Other,
};

class DbError : public std::runtime_error {
 public:
  // `engine_code`: "SQLITE_CONSTRAINT_UNIQUE (2067)" or "SQLSTATE 23505"; `detail`: the
  // engine's message, which may quote values — never shown to a person or logged as is.
  DbError(DbErrorKind kind, Engine engine, std::string engine_code, std::string detail);

  DbErrorKind kind() const { return kind_; }
  Engine engine() const { return engine_; }
  const std::string& engine_code() const { return engine_code_; }
  const std::string& detail() const { return detail_; }

 private:
  DbErrorKind kind_;
  Engine engine_;
  std::string engine_code_;
  std::string detail_;
};

bool is_constraint(const DbError& e);  // Unique, ForeignKey, Check or NotNull

// The database could not do the work for a reason the person can act on
// (busy, disk full, no permission, damaged, server lost, outcome unknown):
// a UserError with the Spanish message, keeping the kind and the engine's
// code for support and for the window that shows "se perdió el servidor".
class DatabaseProblem : public UserError {
 public:
  DatabaseProblem(const std::string& message, const DbError& cause)
      : UserError(message), kind_(cause.kind()), engine_code_(cause.engine_code()) {}
  DbErrorKind kind() const { return kind_; }
  const std::string& engine_code() const { return engine_code_; }

 private:
  DbErrorKind kind_;
  std::string engine_code_;
};

// True for the kinds rethrow_friendly turns into a DatabaseProblem.
bool is_environmental(const DbError& e);

// "La base de datos está ocupada …", for Busy.
std::string busy_message();

// Throws DatabaseProblem with a Spanish message a person can act on (busy, disk
// full, read-only, damaged, server lost, commit outcome unknown); rethrows
// `e` itself for every other kind.
[[noreturn]] void rethrow_friendly(const DbError& e);

}  // namespace cdmype::store
