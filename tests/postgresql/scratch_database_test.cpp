// ScratchPostgresDatabase and ensure_template: own databases per test, templates built once.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

#include "support/test_pg_connection.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::testing_support {
namespace {

bool database_exists(const std::string& name) {
  PgTestConnection server(test_postgresql_uri("postgres"));
  return server.value("SELECT count(*)::text FROM pg_database WHERE datname = $1", {name}) == "1";
}

// A template name no other test process or earlier run uses.
std::string unique_template_name(const std::string& what) {
  return "cdmype_tpl_" + what + "_" + std::to_string(::getpid()) + "_" +
         std::to_string(std::random_device{}() % 100000);
}

// Templates refuse DROP; a test's own template is removed so a long-lived server stays clean.
void drop_template(const std::string& name) {
  PgTestConnection server(test_postgresql_uri("postgres"));
  server.exec("ALTER DATABASE \"" + name + "\" WITH IS_TEMPLATE false");
  server.exec("DROP DATABASE \"" + name + "\"");
}

void build_marked(const std::string& uri, const std::string& mark) {
  PgTestConnection db(uri);
  db.exec("CREATE TABLE hecho (marca text NOT NULL)");
  db.exec("INSERT INTO hecho (marca) VALUES ($1)", {mark});
}

std::optional<std::string> mark_in_copy_of(const std::string& template_name) {
  ScratchPostgresDatabase copy(template_name);
  PgTestConnection db(copy.uri());
  return db.value("SELECT marca FROM hecho");
}

TEST(ScratchPostgresDatabase, EachGetsItsOwnNameAndIsDroppedAfterwards) {
  std::string first_name, second_name;
  {
    ScratchPostgresDatabase first, second;
    first_name = first.name();
    second_name = second.name();
    EXPECT_NE(first_name, second_name);
    EXPECT_TRUE(database_exists(first_name));
    EXPECT_TRUE(database_exists(second_name));
    PgTestConnection db(first.uri());
    EXPECT_EQ(db.value("SELECT current_database()"), first_name);
  }
  EXPECT_FALSE(database_exists(first_name));
  EXPECT_FALSE(database_exists(second_name));
}

TEST(ScratchPostgresDatabase, IsDroppedEvenWithAConnectionStillOpen) {
  std::optional<ScratchPostgresDatabase> scratch(std::in_place);
  const std::string name = scratch->name();
  PgTestConnection left_open(scratch->uri());
  left_open.exec("CREATE TABLE t (x int)");
  scratch.reset();
  EXPECT_FALSE(database_exists(name));
  // WITH (FORCE) ended that session on the server side.
  EXPECT_THROW(left_open.exec("SELECT 1"), std::runtime_error);
}

TEST(EnsureTemplate, CopiesCarryWhatBuildMadeAndBuildRunsOnce) {
  const std::string name = unique_template_name("once");
  int builds = 0;
  const auto build = [&](const std::string& uri) {
    ++builds;
    build_marked(uri, "Peña");
  };
  ensure_template(name, build);
  ensure_template(name, build);
  EXPECT_EQ(builds, 1);
  EXPECT_EQ(mark_in_copy_of(name), "Peña");
  EXPECT_EQ(mark_in_copy_of(name), "Peña");
  drop_template(name);
}

TEST(EnsureTemplate, ABuildThatFailsLeavesNoTemplateAndTheNextCallBuildsIt) {
  const std::string name = unique_template_name("fail");
  EXPECT_THROW(ensure_template(name,
                               [](const std::string& uri) {
                                 build_marked(uri, "a medias");
                                 throw std::runtime_error("la construcción falló a medias");
                               }),
               std::runtime_error);
  EXPECT_FALSE(database_exists(name));
  EXPECT_FALSE(database_exists(name + "_building"));

  ensure_template(name, [](const std::string& uri) { build_marked(uri, "Niño"); });
  EXPECT_EQ(mark_in_copy_of(name), "Niño");
  drop_template(name);
}

// Blocks until some session waits for ensure_template's lock on `name` (pg_locks shows it
// not granted): the race is then real, not two calls one after the other.
void wait_for_a_waiter(const std::string& name) {
  PgTestConnection watcher(test_postgresql_uri("postgres"));
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (watcher.value("SELECT count(*)::text FROM pg_locks WHERE locktype = 'advisory' AND "
                       "NOT granted AND classid = 1129137491 AND objid = hashtext($1)::oid",
                       {name}) != "1") {
    if (std::chrono::steady_clock::now() > give_up)
      throw std::runtime_error("el segundo hilo nunca esperó el candado de la plantilla");
  }
}

TEST(EnsureTemplate, TwoCallersAtOnceEndWithOneTemplateBothSeeBuilt) {
  const std::string name = unique_template_name("race");
  std::atomic<int> builds{0};
  const auto build = [&](const std::string& uri) {
    ++builds;
    build_marked(uri, "Ñandú");
    // Finish only once the other caller is queued behind us: if it were not kept out, it
    // would build too (builds == 2) or copy this database before it is complete.
    wait_for_a_waiter(name);
  };
  std::optional<std::string> seen[2];
  std::exception_ptr failure[2];
  std::thread callers[2];
  for (int i = 0; i < 2; ++i) {
    callers[i] = std::thread([&, i] {
      try {
        ensure_template(name, build);
        seen[i] = mark_in_copy_of(name);
      } catch (...) {
        failure[i] = std::current_exception();
      }
    });
  }
  for (auto& t : callers) t.join();
  for (const auto& f : failure)
    if (f) std::rethrow_exception(f);

  EXPECT_EQ(builds.load(), 1);
  EXPECT_EQ(seen[0], "Ñandú");
  EXPECT_EQ(seen[1], "Ñandú");
  PgTestConnection server(test_postgresql_uri("postgres"));
  EXPECT_EQ(server.column("SELECT datname || ' ' || datistemplate::text FROM pg_database "
                          "WHERE datname LIKE $1 ORDER BY datname",
                          {name + "%"}),
            std::vector<std::string>{name + " true"});
  drop_template(name);
}

}  // namespace
}  // namespace cdmype::testing_support
