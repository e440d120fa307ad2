// BEGIN IMMEDIATE / COMMIT / ROLLBACK with busy and disk errors turned into Spanish messages.
#include "store/write_transaction.hpp"

#include <sqlite3.h>

#include <stdexcept>

#include "store/database.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

WriteTransaction::WriteTransaction(Database& db) : WriteTransaction(db.connection()) {}

WriteTransaction::WriteTransaction(SQLite::Database& db) : db_(db) {
  try {
    db_.exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    rethrow_friendly(e);
  }
}

WriteTransaction::~WriteTransaction() {
  if (!done_) db_.tryExec("ROLLBACK");
}

void WriteTransaction::commit() {
  if (done_) throw std::logic_error("WriteTransaction::commit called twice");
  try {
    db_.exec("COMMIT");
    done_ = true;
  } catch (const SQLite::Exception& e) {
    db_.tryExec("ROLLBACK");
    done_ = true;
    rethrow_friendly(e);
  }
}

void require_transaction(SQLite::Database& db) {
  if (sqlite3_get_autocommit(db.getHandle()) != 0)
    throw std::logic_error("escritura fuera de una transacción (use WriteTransaction)");
}

}  // namespace cdmype::store
