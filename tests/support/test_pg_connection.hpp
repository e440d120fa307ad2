// A bare libpq connection for test support and checks that look past the store (catalogs, locks).
#pragma once
#include <libpq-fe.h>

#include <optional>
#include <string>
#include <vector>

namespace cdmype::testing_support {

// Owns one PGconn. Every statement takes its values as text parameters $1, $2, … (never
// spliced into the SQL); a failure throws std::runtime_error with the server's message.
class PgTestConnection {
 public:
  // Opens `uri` (a libpq URI or key=value string); throws when the server does not answer.
  explicit PgTestConnection(const std::string& uri);
  ~PgTestConnection();
  PgTestConnection(const PgTestConnection&) = delete;
  PgTestConnection& operator=(const PgTestConnection&) = delete;

  // Runs a statement that returns no rows worth reading (DDL, INSERT, SELECT pg_advisory_lock).
  void exec(const std::string& sql, const std::vector<std::string>& params = {});
  // First column of the first row; nullopt when there is no row or the value is NULL.
  std::optional<std::string> value(const std::string& sql,
                                   const std::vector<std::string>& params = {});
  // First column of every row (NULL read as "").
  std::vector<std::string> column(const std::string& sql,
                                  const std::vector<std::string>& params = {});

  PGconn* raw() { return conn_; }

 private:
  PGresult* run(const std::string& sql, const std::vector<std::string>& params);

  PGconn* conn_;
};

}  // namespace cdmype::testing_support
