// One open connection to a center's database, whatever the engine: statements and transactions.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql/bulk_writer.hpp"
#include "store/sql/engine.hpp"

namespace cdmype::store {

// One prepared statement of an engine. Repositories never see it: they hold
// a store::Statement (statement.hpp), which adds binding and reading by name.
// Parameters are written `:name` in the SQL text, the same text for every
// engine; indexes here are 0-based positions of the distinct names.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;

  // The distinct parameter names in order of first appearance, without ':'.
  virtual int parameter_count() const = 0;
  virtual std::string_view parameter_name(int index) const = 0;

  virtual void bind_null(int index, SqlType type) = 0;
  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_real(int index, double value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;
  virtual void bind_blob(int index, std::string_view bytes) = 0;

  // Rows fetched one at a time from the engine instead of the whole result at
  // once (PostgreSQL's single-row mode; SQLite always works so). Until the
  // last row or reset(), the connection runs no other statement.
  virtual void stream_rows() {}
  // Runs the statement on the first call, then moves to the next row; false at the end.
  virtual bool step() = 0;
  // Rows changed by the last run (INSERT/UPDATE/DELETE).
  virtual std::int64_t changes() = 0;
  // Ready to run again; bindings are kept.
  virtual void reset() = 0;

  // The columns of the result (known once prepared or, on some engines, once run).
  virtual int column_count() = 0;
  virtual std::string_view column_name(int index) = 0;
  // Values of the current row. Integers: a NULL reads 0; text views stay
  // valid until the next step or reset.
  virtual bool is_null(int index) = 0;
  // The value's kind in the current row (SQLite types values, PostgreSQL columns).
  virtual SqlType column_type(int index) = 0;
  virtual std::int64_t int64(int index) = 0;
  virtual double real(int index) = 0;
  virtual std::string_view text(int index) = 0;
  virtual std::string blob(int index) = 0;
};

class Connection {
 public:
  virtual ~Connection() = default;

  virtual Engine engine() const = 0;
  // Where the data lives, for messages and the status bar: the file's path,
  // or "servidor HOST, base DB" (never a password).
  virtual std::string describe() const = 0;

  virtual std::unique_ptr<StatementImpl> prepare(std::string_view sql) = 0;
  // Several statements without parameters or rows, as one text (migrations).
  virtual void execute_script(std::string_view sql) = 0;

  // One writer at a time: on SQLite BEGIN IMMEDIATE; on PostgreSQL BEGIN and
  // the center's advisory lock as its first statement. Waits for another
  // writer a bounded time, then throws DbError(Busy).
  virtual void begin_write() = 0;
  // A consistent view for reads of several statements (report, exports, backup).
  virtual void begin_snapshot() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  virtual bool in_transaction() = 0;

  // Many rows into one table inside the caller's transaction, the fastest way
  // the engine has (PostgreSQL COPY; a reused INSERT on SQLite). Until the
  // writer's finish(), the connection runs nothing else.
  virtual std::unique_ptr<BulkWriter> bulk_insert(std::string_view table,
                                                        const std::vector<std::string>& columns) = 0;

  // Refuses every later write with `reason` (a UserError): the center moved
  // elsewhere and this copy must not drift from it.
  void refuse_writes(std::string reason) { refuse_writes_ = std::move(reason); }
  const std::string& writes_refused() const { return refuse_writes_; }

 private:
  std::string refuse_writes_;
};

}  // namespace cdmype::store
