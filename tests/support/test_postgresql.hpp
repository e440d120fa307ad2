// Which engine a test runs on, and scratch PostgreSQL databases on the server ctest starts.
#pragma once
#include <functional>
#include <string>

namespace cdmype::testing_support {

// True in a test's PostgreSQL registration (ctest's pg.<Suite>.<test>, CDMYPE_TEST_ENGINE=
// postgresql); false in its SQLite one. A fixture picks its database from this.
bool testing_on_postgresql();

// The test server: CDMYPE_TEST_PGHOST (the fixture's socket folder, or a host of your own) and
// the user PGUSER (default "cdmype"); throws std::runtime_error naming the variable when
// CDMYPE_TEST_PGHOST is unset, so a PostgreSQL test never quietly runs without a server.
std::string test_postgresql_host();
std::string test_postgresql_user();

// libpq URI of `database` on the test server: postgresql:///NAME?host=DIR&user=cdmype
// (port and password, if any, come from libpq's own PGPORT / PGPASSWORD / ~/.pgpass).
std::string test_postgresql_uri(const std::string& database);

// A new, empty database of its own for one test (or one fixture), copied from template1 or
// from `template_name` (see ensure_template), dropped WITH (FORCE) when this goes, even if
// the test left connections open. Names are unique across processes and runs (pid, a
// counter and random bits), so ctest -j2 and leftovers of a crashed run never collide.
class ScratchPostgresDatabase {
 public:
  ScratchPostgresDatabase();
  explicit ScratchPostgresDatabase(const std::string& template_name);
  ~ScratchPostgresDatabase();
  ScratchPostgresDatabase(const ScratchPostgresDatabase&) = delete;
  ScratchPostgresDatabase& operator=(const ScratchPostgresDatabase&) = delete;

  const std::string& name() const { return name_; }
  const std::string& uri() const { return uri_; }

 private:
  std::string name_;
  std::string uri_;
};

// Makes the template database `name` on the test server unless it is already there: under an
// advisory lock on the server's "postgres" database it creates "<name>_building", runs
// build(uri of it), and only then renames it to `name` and marks it a template that takes no
// connections. Test processes racing to make it (ctest -j2) wait for the first one and reuse
// its result; a build that throws or crashes leaves no `name` behind, so a half-built
// template is never copied. `name`: lowercase letters, digits and '_', at most 48 characters;
// put a version of what build() does in it (e.g. the migration count) when pointing the tests
// at a server that outlives the run.
void ensure_template(const std::string& name, const std::function<void(const std::string&)>& build);

}  // namespace cdmype::testing_support
