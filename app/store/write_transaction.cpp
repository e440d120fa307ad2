// Begin / commit / rollback over the engine's connection, with failures turned into Spanish messages.
#include "store/write_transaction.hpp"

#include <sqlite3.h>

#include <stdexcept>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/sql/db_error.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace cdmype::store {

WriteTransaction::WriteTransaction(Database& db) : WriteTransaction(db.connection()) {}

WriteTransaction::WriteTransaction(Connection& c) : connection_(&c) {
  if (!c.writes_refused().empty()) {
    done_ = true;
    throw UserError(c.writes_refused());
  }
  try {
    c.begin_write();
  } catch (const DbError& e) {
    rethrow_friendly(e);
  }
}

WriteTransaction::WriteTransaction(SQLite::Database& db) : legacy_(&db) {
  try {
    db.exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    rethrow_friendly(sqlite_error(e));
  }
}

WriteTransaction::~WriteTransaction() {
  if (done_) return;
  if (connection_)
    connection_->rollback();
  else
    legacy_->tryExec("ROLLBACK");
}

void WriteTransaction::commit() {
  if (done_) throw std::logic_error("WriteTransaction::commit called twice");
  done_ = true;
  try {
    if (connection_)
      connection_->commit();
    else
      legacy_->exec("COMMIT");
  } catch (const DbError& e) {
    connection_->rollback();
    rethrow_friendly(e);
  } catch (const SQLite::Exception& e) {
    legacy_->tryExec("ROLLBACK");
    rethrow_friendly(sqlite_error(e));
  }
}

ReadSnapshot::ReadSnapshot(Connection& c) : connection_(c) {
  if (c.in_transaction()) return;
  try {
    c.begin_snapshot();
  } catch (const DbError& e) {
    rethrow_friendly(e);
  }
  owns_ = true;
}

ReadSnapshot::~ReadSnapshot() {
  if (owns_) connection_.rollback();
}

void require_transaction(Connection& c) {
  if (!c.in_transaction())
    throw std::logic_error("escritura fuera de una transacción (use WriteTransaction)");
}

void require_transaction(SQLite::Database& db) {
  if (sqlite3_get_autocommit(db.getHandle()) != 0)
    throw std::logic_error("escritura fuera de una transacción (use WriteTransaction)");
}

}  // namespace cdmype::store
