// Scratch databases and race-safe templates on the tests' PostgreSQL server, over plain libpq.
#include "support/test_postgresql.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <stdexcept>

#include "support/test_pg_connection.hpp"

namespace cdmype::testing_support {

namespace {

// The maintenance database every server has; CREATE/DROP DATABASE run from there.
constexpr const char* kMaintenanceDatabase = "postgres";
// First key of ensure_template's advisory lock (the second is the template's name hashed),
// so it cannot meet another advisory lock taken on the "postgres" database.
constexpr const char* kTemplateLockClass = "1129137491";  // "CDMS" in ASCII
// Measured on PostgreSQL 15 (tests/postgresql/README.md): FILE_COPY copies a small template in
// about 15-28 ms, WAL_LOG (the default) in 29-62 ms, alone and with two at once.
constexpr const char* kCopyStrategy = "FILE_COPY";

std::string getenv_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::string(value) : fallback;
}

// Percent-encodes a URI query value (a socket folder may hold spaces); '/' stays readable.
std::string uri_encode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  return out;
}

// Names we put into DDL: checked instead of quoted, so they also travel in a URI unchanged.
void check_database_name(const std::string& name) {
  bool plain = !name.empty() && name.size() <= 48;
  for (const char c : name) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!plain)
    throw std::invalid_argument("nombre de base de datos de prueba no válido: «" + name +
                                "» (solo a-z, 0-9 y _, hasta 48 caracteres)");
}

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

std::string unique_database_name() {
  static std::atomic<unsigned> counter{0};
  static const unsigned salt = std::random_device{}();
  char name[64];
  std::snprintf(name, sizeof name, "cdmype_t_%ld_%u_%08x", static_cast<long>(::getpid()),
                ++counter, salt);
  return name;
}

void drop_database(PgTestConnection& admin, const std::string& name) {
  admin.exec("DROP DATABASE IF EXISTS " + quoted(name) + " WITH (FORCE)");
}

}  // namespace

bool testing_on_postgresql() { return getenv_or("CDMYPE_TEST_ENGINE", "") == "postgresql"; }

std::string test_postgresql_host() {
  const std::string host = getenv_or("CDMYPE_TEST_PGHOST", "");
  if (host.empty())
    throw std::runtime_error(
        "CDMYPE_TEST_PGHOST no está definido: las pruebas de PostgreSQL se corren con ctest "
        "(que arranca el servidor de pruebas) o con CDMYPE_TEST_PGHOST=carpeta-del-socket");
  return host;
}

std::string test_postgresql_user() { return getenv_or("PGUSER", "cdmype"); }

std::string test_postgresql_uri(const std::string& database) {
  return "postgresql:///" + database + "?host=" + uri_encode(test_postgresql_host()) +
         "&user=" + uri_encode(test_postgresql_user());
}

ScratchPostgresDatabase::ScratchPostgresDatabase() : ScratchPostgresDatabase(std::string()) {}

ScratchPostgresDatabase::ScratchPostgresDatabase(const std::string& template_name)
    : name_(unique_database_name()), uri_(test_postgresql_uri(name_)) {
  std::string sql = "CREATE DATABASE " + quoted(name_);
  if (!template_name.empty()) {
    check_database_name(template_name);
    sql += " TEMPLATE " + quoted(template_name) + " STRATEGY " + kCopyStrategy;
  }
  PgTestConnection admin(test_postgresql_uri(kMaintenanceDatabase));
  admin.exec(sql);
}

ScratchPostgresDatabase::~ScratchPostgresDatabase() {
  // A destructor must not throw; a database left behind dies with the throwaway server.
  try {
    PgTestConnection admin(test_postgresql_uri(kMaintenanceDatabase));
    drop_database(admin, name_);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "no se pudo borrar la base de prueba %s: %s\n", name_.c_str(), e.what());
  }
}

void ensure_template(const std::string& name, const std::function<void(const std::string&)>& build) {
  check_database_name(name);
  PgTestConnection admin(test_postgresql_uri(kMaintenanceDatabase));
  // Session lock: the builder's crash closes its connection, which releases it.
  admin.exec("SELECT pg_advisory_lock(" + std::string(kTemplateLockClass) + ", hashtext($1))",
             {name});
  const auto is_template =
      admin.value("SELECT datistemplate::text FROM pg_database WHERE datname = $1", {name});
  if (is_template == "true") {
    admin.exec("SELECT pg_advisory_unlock(" + std::string(kTemplateLockClass) + ", hashtext($1))",
               {name});
    return;
  }
  // Neither a database of that name that is not (yet) a template nor a crashed run's
  // half-built copy is trusted: both are rebuilt.
  if (is_template) drop_database(admin, name);
  const std::string building = name + "_building";
  drop_database(admin, building);
  admin.exec("CREATE DATABASE " + quoted(building));
  try {
    build(test_postgresql_uri(building));
  } catch (...) {
    drop_database(admin, building);
    throw;
  }
  // One transaction: the name appears already marked a template. build()'s connections are
  // closed by now; RENAME waits (up to 5 s) for their server processes to finish exiting.
  admin.exec("BEGIN");
  admin.exec("ALTER DATABASE " + quoted(building) + " RENAME TO " + quoted(name));
  admin.exec("ALTER DATABASE " + quoted(name) + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
  admin.exec("COMMIT");
  admin.exec("SELECT pg_advisory_unlock(" + std::string(kTemplateLockClass) + ", hashtext($1))",
             {name});
}

}  // namespace cdmype::testing_support
