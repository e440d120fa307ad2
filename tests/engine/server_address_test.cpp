// A seat's connection settings: the URI it builds and the 0600 password file it keeps.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "store/data_source.hpp"
#include "store/postgresql/server_address.hpp"
#include "support/temp_dir.hpp"

namespace cdmype::store {
namespace {

TEST(ServerAddressTest, TheUriNamesServerPortBaseAndUserAndReadsBack) {
  ServerAddress a{"servidor-cdmype", 5433, "cdmype_citalá", "maría", "/etc/cdmype/ca.crt"};
  const std::string uri = server_uri(a);
  EXPECT_EQ(uri.rfind("postgresql://mar%C3%ADa@servidor-cdmype:5433/cdmype_cital%C3%A1?", 0), 0u)
      << uri;
  EXPECT_NE(uri.find("sslmode=verify-full"), std::string::npos);
  const auto back = parse_server_uri(uri);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->host, "servidor-cdmype");
  EXPECT_EQ(back->port, 5433);
  EXPECT_EQ(back->database, "cdmype_citalá");
  EXPECT_EQ(back->user, "maría");
  EXPECT_EQ(back->ca_file, "/etc/cdmype/ca.crt");
  EXPECT_EQ(DataSource::parse(uri).engine(), Engine::PostgreSQL);
}

TEST(ServerAddressTest, APasswordInTheAddressIsRefused) {
  EXPECT_THROW(DataSource::parse("postgresql://maria:secreta@servidor/cdmype"), UserError);
  EXPECT_THROW(DataSource::parse("postgresql://servidor/cdmype?password=secreta"), UserError);
  EXPECT_EQ(DataSource::parse("/home/centro/cdmype.db").engine(), Engine::SQLite);
}

TEST(ServerAddressTest, ThePasswordFileIsOwnerOnlyAndKeepsOneLinePerServer) {
  testing_support::TempDir dir;
  const auto file = dir / "pgpass";
  setenv("PGPASSFILE", file.c_str(), 1);
  { std::ofstream(file) << "otro:5432:*:ana:clave\n"; }
  ServerAddress a{"servidor", 5432, "cdmype", "maria", ""};
  remember_server_password(a, "vieja:clave\\1");
  remember_server_password(a, "Peña-2026");
  unsetenv("PGPASSFILE");
  std::ifstream in(file);
  std::stringstream all;
  all << in.rdbuf();
  EXPECT_EQ(all.str(), "otro:5432:*:ana:clave\nservidor:5432:cdmype:maria:Peña-2026\n");
  const auto perms = std::filesystem::status(file).permissions() & std::filesystem::perms::all;
  EXPECT_EQ(perms, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

}  // namespace
}  // namespace cdmype::store
