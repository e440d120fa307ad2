// The PostgreSQL engine of store::Connection: the center's server, shared by every seat, over libpq.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "store/sql/connection.hpp"
#include "store/sql/db_error.hpp"

struct pg_conn;
struct pg_result;

namespace cdmype::store {

// Owns a PGresult (PQclear on destruction).
struct PgResultDeleter {
  void operator()(pg_result* r) const;
};
using PgResult = std::unique_ptr<pg_result, PgResultDeleter>;

class PgConnection final : public Connection {
 public:
  // `uri`: a libpq connection URI (postgresql://…). The password never comes
  // from here but from libpq's own sources (PGPASSWORD, ~/.pgpass, a service
  // file). Throws UserError (Spanish) when the server cannot be reached.
  explicit PgConnection(const std::string& uri);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Engine engine() const override { return Engine::PostgreSQL; }
  std::string describe() const override;
  std::unique_ptr<StatementImpl> prepare(std::string_view sql) override;
  void execute_script(std::string_view sql) override;
  void begin_write() override;
  void begin_snapshot() override;
  void commit() override;
  void rollback() noexcept override;
  bool in_transaction() override;
  std::unique_ptr<BulkWriter> bulk_insert(std::string_view table,
                                          const std::vector<std::string>& columns) override;

  // How long a writer waits for another seat's write lock before "ocupada".
  static constexpr int kLockTimeoutMs = 30000;
  // Tests shorten the wait (the message then names their figure).
  void set_write_lock_timeout_ms(int ms) { lock_timeout_ms_ = ms; }
  // The advisory lock that makes writes one at a time (pg_locks shows it per database).
  static constexpr std::int64_t kWriteLockKey = 0x43444D5950450001;  // "CDMYPE", 1

  // For the engine's own helpers (statements, listeners): runs with error mapping.
  PgResult run(const char* what, const std::string& text, int n_params, const unsigned* types,
               const char* const* values, const int* lengths, const int* formats);
  pg_conn* raw() { return conn_; }

  // One statement's rows in single-row mode (StatementImpl::stream_rows):
  // while `owner` reads them, everything else on this connection is refused.
  void start_stream(const void* owner, const std::string& text, int n_params,
                    const unsigned* types, const char* const* values, const int* lengths,
                    const int* formats);
  // The same for COPY (query) TO STDOUT; describe() gives the query's columns.
  void start_copy_out(const void* owner, const std::string& copy);
  PgResult describe(const std::string& text);
  bool streaming_by(const void* owner) const { return owner && stream_owner_ == owner; }
  // After the last row, or `abandon`ed before it (the server is asked to stop).
  void end_stream(const void* owner, bool abandon) noexcept;

 private:
  // Outside a transaction, a lost connection is made again; inside one it is an error.
  void ensure_connected();
  bool lost() const;
  PgResult run_once(const char* what, const std::string& text, int n_params,
                    const unsigned* types, const char* const* values, const int* lengths,
                    const int* formats);
  [[noreturn]] void throw_from(pg_result* r, const char* what);
  std::string seat_holding_the_write_lock();

  std::string uri_;
  pg_conn* conn_ = nullptr;
  // Ours, not libpq's: after a lost connection libpq no longer knows a
  // transaction was open, and reconnecting then would run its remaining
  // statements outside it.
  bool tx_open_ = false;
  int lock_timeout_ms_ = kLockTimeoutMs;
  const void* stream_owner_ = nullptr;
  bool copy_out_ = false;
  // Statements seen more than once are prepared server-side under a name,
  // keyed by their text and parameter types.
  std::map<std::string, int> seen_;
  std::map<std::string, std::string> prepared_;
  int next_prepared_ = 0;
  friend class PgStatement;
};

// A DbError for a failed libpq result or connection.
DbError pg_error(pg_result* r, pg_conn* conn);

}  // namespace cdmype::store
