// Building server URIs and keeping ~/.pgpass lines (format: host:port:database:user:password).
#include "store/postgresql/server_address.hpp"

#include <libpq-fe.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "core/errors.hpp"

namespace cdmype::store {

namespace {

std::string percent_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// In a .pgpass field, ':' and '\' are escaped with '\'.
std::string pgpass_field(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string pgpass_prefix(const ServerAddress& a) {
  return pgpass_field(a.host) + ":" + std::to_string(a.port) + ":" + pgpass_field(a.database) +
         ":" + pgpass_field(a.user) + ":";
}

}  // namespace

std::string server_uri(const ServerAddress& a) {
  std::string uri = "postgresql://";
  if (!a.user.empty()) uri += percent_encode(a.user) + "@";
  const bool ipv6 = a.host.find(':') != std::string::npos;
  uri += ipv6 ? "[" + a.host + "]" : percent_encode(a.host);
  if (a.port != 5432) uri += ":" + std::to_string(a.port);
  uri += "/" + percent_encode(a.database);
  if (!a.ca_file.empty())
    uri += "?sslmode=verify-full&sslrootcert=" + percent_encode(a.ca_file);
  else
    uri += "?sslmode=require";
  return uri;
}

std::optional<ServerAddress> parse_server_uri(const std::string& uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
  if (!options) {
    PQfreemem(error);
    return std::nullopt;
  }
  ServerAddress a;
  a.database.clear();
  for (auto* o = options; o->keyword; ++o) {
    if (!o->val) continue;
    const std::string k = o->keyword;
    if (k == "host") a.host = o->val;
    if (k == "port") a.port = std::atoi(o->val);
    if (k == "dbname") a.database = o->val;
    if (k == "user") a.user = o->val;
    if (k == "sslrootcert") a.ca_file = o->val;
  }
  PQconninfoFree(options);
  if (a.port <= 0) a.port = 5432;
  return a;
}

std::filesystem::path password_file_path() {
  if (const char* f = std::getenv("PGPASSFILE"); f && *f) return f;
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home ? home : ".") / ".pgpass";
}

void remember_server_password(const ServerAddress& a, const std::string& password) {
  const auto path = password_file_path();
  std::vector<std::string> lines;
  {
    std::ifstream in(path);
    std::string line;
    const std::string prefix = pgpass_prefix(a);
    while (std::getline(in, line))
      if (line.rfind(prefix, 0) != 0) lines.push_back(line);
  }
  lines.push_back(pgpass_prefix(a) + pgpass_field(password));
  const auto temp = path.string() + ".nuevo";
  {
    // Owner-only from the first byte.
    const mode_t old = umask(077);
    std::ofstream out(temp, std::ios::trunc);
    umask(old);
    for (const auto& l : lines) out << l << '\n';
    out.flush();
    if (!out) throw UserError("No se pudo guardar la contraseña en «" + path.string() + "».");
  }
  std::error_code ec;
  std::filesystem::permissions(temp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::replace, ec);
  std::filesystem::rename(temp, path, ec);
  if (ec) throw UserError("No se pudo guardar la contraseña en «" + path.string() + "».");
}

void use_server_password_for_session(const std::string& password) {
  setenv("PGPASSWORD", password.c_str(), 1);
}

}  // namespace cdmype::store
