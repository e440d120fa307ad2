// BEGIN IMMEDIATE / COMMIT / ROLLBACK with busy and disk errors turned into Spanish messages.
#include "store/write_transaction.hpp"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>

#include "store/database.hpp"
#include "store/sqlite_errors.hpp"

namespace cdmype::store {

WriteTransaction::WriteTransaction(Database& db) : WriteTransaction(db.connection()) {}

namespace {

// busy_timeout lets one BEGIN IMMEDIATE wait 5 s, polling with pauses that
// grow to 100 ms; a writer that commits and begins again at once can win
// every poll and starve the other for longer than that (seen with two
// writers on a loaded machine). Beginning again restarts the short polls,
// so the waiting writer gets its turn; only a database held this long
// reaches the person as "ocupada".
constexpr auto kKeepTryingFor = std::chrono::seconds(30);

}  // namespace

WriteTransaction::WriteTransaction(SQLite::Database& db) : db_(db) {
  const auto give_up = std::chrono::steady_clock::now() + kKeepTryingFor;
  for (;;) {
    try {
      db_.exec("BEGIN IMMEDIATE");
      return;
    } catch (const SQLite::Exception& e) {
      if (!is_busy(e) || std::chrono::steady_clock::now() >= give_up) rethrow_friendly(e);
    }
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
