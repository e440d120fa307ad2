// The center's server as a seat's connection dialog names it, and the seat's remembered password.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace cdmype::store {

struct ServerAddress {
  std::string host;          // "servidor-cdmype" or 192.168.1.10
  int port = 5432;
  std::string database = "cdmype";
  std::string user;          // the seat's login role
  std::string ca_file;       // the office CA (ca.crt): then the name is verified too
};

// postgresql://user@host:port/database?sslmode=…: verify-full with the CA
// file when there is one (the server's certificate must carry its name),
// else require. Parts are percent-encoded.
std::string server_uri(const ServerAddress& a);

// Reads back what server_uri wrote (for the dialog's fields); nullopt for
// other URIs.
std::optional<ServerAddress> parse_server_uri(const std::string& uri);

// Where libpq looks for saved passwords: $PGPASSFILE, else ~/.pgpass.
std::filesystem::path password_file_path();

// Saves (or replaces) the password of this host/port/database/user in the
// password file, created 0600 (libpq ignores a file others can read). The
// password is never written anywhere else. Throws UserError on failure.
void remember_server_password(const ServerAddress& a, const std::string& password);

// The password for this program's connections until it exits (PGPASSWORD in
// this process's environment only), when the person chose not to save it.
void use_server_password_for_session(const std::string& password);

}  // namespace cdmype::store
