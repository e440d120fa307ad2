// Begin / commit / rollback over the engine's connection, with failures turned into Spanish messages.
#include "store/write_transaction.hpp"

#include <stdexcept>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/sql/db_error.hpp"

namespace cdmype::store {

WriteTransaction::WriteTransaction(Database& db) : WriteTransaction(db.connection()) {}

WriteTransaction::WriteTransaction(Connection& c) : connection_(c) {
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

WriteTransaction::~WriteTransaction() {
  if (!done_) connection_.rollback();
}

void WriteTransaction::commit() {
  if (done_) throw std::logic_error("WriteTransaction::commit called twice");
  done_ = true;
  try {
    connection_.commit();
  } catch (const DbError& e) {
    connection_.rollback();
    rethrow_friendly(e);
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

}  // namespace cdmype::store
