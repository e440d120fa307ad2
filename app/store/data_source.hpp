// Where a center's data lives, as a person names it: a file on this PC or the center's server.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "store/sql/engine.hpp"

namespace cdmype::store {

// `--db` and the desktop's connection settings both come down to this. A
// path is an SQLite file (the one-PC default); `postgresql://…` (or
// `postgres://…`) is a libpq connection URI for the center's server:
// postgresql://[user@]host[:port]/dbname[?sslmode=…&host=/socket/dir].
class DataSource {
 public:
  DataSource() = default;  // no database yet (an empty path)
  // A file (SQLite), implicitly: every place that had a path keeps working.
  DataSource(const std::filesystem::path& file);  // NOLINT(google-explicit-constructor)
  DataSource(const char* file) : DataSource(std::filesystem::path(file)) {}  // NOLINT

  // Reads what a person typed. A URI that carries a password is refused
  // (UserError): passwords come from libpq's own sources (PGPASSWORD,
  // ~/.pgpass 0600, a service file), never from a command line or a log.
  static DataSource parse(std::string_view text);

  Engine engine() const { return engine_; }
  bool is_file() const { return engine_ == Engine::SQLite; }
  // The SQLite file; empty for a server.
  const std::filesystem::path& file() const { return file_; }
  // The connection URI; empty for a file.
  const std::string& uri() const { return uri_; }
  // For messages: the file's path, or the URI (it never holds a password).
  std::string display() const;

 private:
  Engine engine_ = Engine::SQLite;
  std::filesystem::path file_;
  std::string uri_;
};

// True for text that names the server rather than a file.
bool is_server_uri(std::string_view text);

}  // namespace cdmype::store
