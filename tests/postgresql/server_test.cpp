// The tests' PostgreSQL server as the suite needs it: it answers, URIs parse, UTF-8, byte order.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/test_pg_connection.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::testing_support {
namespace {

std::map<std::string, std::string> parsed_uri(const std::string& uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
  if (options == nullptr) {
    const std::string message = error != nullptr ? error : "sin memoria";
    PQfreemem(error);
    throw std::runtime_error("libpq no acepta " + uri + ": " + message);
  }
  std::map<std::string, std::string> values;
  for (const PQconninfoOption* o = options; o->keyword != nullptr; ++o)
    if (o->val != nullptr) values[o->keyword] = o->val;
  PQconninfoFree(options);
  return values;
}

TEST(PostgresqlServer, RunsThisRegistrationOnPostgresql) {
  // ctest's pg.* registration says so; a test body that branches on it must see true here.
  EXPECT_TRUE(testing_on_postgresql());
}

TEST(PostgresqlServer, AnswersAsPostgresql15WithDataChecksums) {
  PgTestConnection server(test_postgresql_uri("postgres"));
  const int version = std::stoi(server.value("SHOW server_version_num").value_or("0"));
  EXPECT_GE(version, 150000);
  EXPECT_LT(version, 160000);
  // The center's server is made with checksums (amcheck and `check` rely on them); so is this.
  EXPECT_EQ(server.value("SHOW data_checksums"), "on");
  EXPECT_EQ(server.value("SELECT current_user"), test_postgresql_user());
}

TEST(PostgresqlServer, UriWithASocketFolderIsWhatLibpqReads) {
  const std::string uri = test_postgresql_uri("postgres");
  EXPECT_EQ(uri, "postgresql:///postgres?host=" + test_postgresql_host() + "&user=" +
                     test_postgresql_user());
  const auto values = parsed_uri(uri);
  EXPECT_EQ(values.at("dbname"), "postgres");
  EXPECT_EQ(values.at("host"), test_postgresql_host());
  EXPECT_EQ(values.at("user"), test_postgresql_user());

  const std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(uri.c_str()), &PQfinish);
  ASSERT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
  EXPECT_STREQ(PQdb(conn.get()), "postgres");
  EXPECT_EQ(PQhost(conn.get()), test_postgresql_host());
  EXPECT_EQ(PQuser(conn.get()), test_postgresql_user());
}

TEST(PostgresqlServer, UriEscapesASocketFolderWithSpacesAndAccents) {
  const std::string saved = test_postgresql_host();
  ::setenv("CDMYPE_TEST_PGHOST", "/tmp/carpeta de Peña", 1);
  const std::string uri = test_postgresql_uri("postgres");
  ::setenv("CDMYPE_TEST_PGHOST", saved.c_str(), 1);
  EXPECT_EQ(uri.find(' '), std::string::npos) << uri;
  EXPECT_EQ(parsed_uri(uri).at("host"), "/tmp/carpeta de Peña");
}

TEST(PostgresqlServer, TextKeepsUtf8Intact) {
  ScratchPostgresDatabase scratch;
  PgTestConnection db(scratch.uri());
  EXPECT_EQ(db.value("SHOW server_encoding"), "UTF8");
  EXPECT_EQ(db.value("SHOW client_encoding"), "UTF8");
  const std::string name = "«Citalá Peña Niño Ñandú»";
  db.exec("CREATE TABLE empresa (nombre text NOT NULL)");
  db.exec("INSERT INTO empresa (nombre) VALUES ($1)", {name});
  EXPECT_EQ(db.value("SELECT nombre FROM empresa"), name);
  // 24 characters, 7 of them two bytes long: the server counts characters, not bytes.
  EXPECT_EQ(db.value("SELECT char_length(nombre)::text FROM empresa"), "24");
  EXPECT_EQ(db.value("SELECT octet_length(nombre)::text FROM empresa"), "31");
  EXPECT_EQ(db.value("SELECT nombre FROM empresa WHERE nombre LIKE $1", {"%Ñandú%"}), name);
}

TEST(PostgresqlServer, DatabasesSortByBytesLikeSqliteBinary) {
  ScratchPostgresDatabase scratch;
  PgTestConnection db(scratch.uri());
  EXPECT_EQ(db.value("SELECT pg_encoding_to_char(encoding) || ' ' || datcollate || ' ' || "
                     "datctype FROM pg_database WHERE datname = current_database()"),
            "UTF8 C.UTF-8 C.UTF-8");
  EXPECT_EQ(db.value("SELECT ('B' < 'a')::text"), "true");
  // Code ranges such as codigo >= 'CH-2026-' AND codigo < 'CH-2026.' rely on this order.
  const std::vector<std::string> expected = {"B", "CH-2026-0001", "Citalá", "Zeta",
                                             "a", "citalá",       "Ñandú"};
  EXPECT_EQ(db.column("SELECT v FROM unnest(ARRAY['Ñandú', 'citalá', 'a', 'Zeta', 'Citalá', "
                      "'CH-2026-0001', 'B']) AS v ORDER BY v"),
            expected);
}

}  // namespace
}  // namespace cdmype::testing_support
