// `copy-to`: a center moved from a file to the server and back, verified, its old file closed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;

constexpr const char* kDemoPassword = "demo-cdmype-2026";  // printed by `demo` itself

RunResult cli_as(const std::string& db, const std::string& user,
                 const std::vector<std::string>& args, const ScratchDir& cwd) {
  std::vector<std::string> all{"--db", db, "--user", user};
  all.insert(all.end(), args.begin(), args.end());
  return run_program(cli_path(), all, {{"CDMYPE_PASSWORD", kDemoPassword}}, {}, cwd.path());
}

std::string month_json(const std::string& db, const ScratchDir& dir, const std::string& name) {
  const auto out = dir / name;
  const auto r = cli_as(db, "directora",
                        {"report", "monthly", "--month", "2026-11", "--json", out.string()}, dir);
  EXPECT_EQ(r.status, 0) << r.err;
  std::ifstream in(out);
  std::stringstream text;
  for (std::string line; std::getline(in, line);)
    if (line.find("generad") == std::string::npos) text << line << '\n';  // the stamp differs
  return text.str();
}

TEST(CliCopyTo, ACenterMovesToTheServerAndBackAndItsOldFileStopsTakingWrites) {
  if (!testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Necesita el servidor PostgreSQL de prueba: corre en la pasada pg.";
  ScratchDir dir;
  const std::string file = (dir / "centro.db").string();
  ASSERT_EQ(run_program(cli_path(), {"--db", file, "demo", "--scale", "small"}).status, 0);
  const RunResult issued =
      cli_as(file, "directora", {"report", "issue", "--month", "2026-11"}, dir);
  ASSERT_EQ(issued.status, 0) << issued.err;
  const std::string on_file = month_json(file, dir, "archivo.json");

  testing_support::ScratchPostgresDatabase server;
  // Only the administration moves a center.
  EXPECT_EQ(cli_as(file, "directora", {"copy-to", server.uri()}, dir).status, 1);
  const RunResult moved = cli_as(file, "admin", {"copy-to", server.uri()}, dir);
  ASSERT_EQ(moved.status, 0) << moved.err;
  EXPECT_THAT(moved.err, HasSubstr("Copia verificada"));
  EXPECT_THAT(moved.err, HasSubstr("informes mensuales con las mismas cifras"));
  EXPECT_THAT(moved.err, HasSubstr("solo lectura"));

  // The old file still opens and reads, but says where the center is and takes no writes.
  const RunResult stale = cli_as(
      file, "directora",
      {"goals", "set", "--year", "2026", "--indicator", "empresas_atendidas", "--value", "10"},
      dir);
  EXPECT_EQ(stale.status, 1);
  EXPECT_THAT(stale.err, HasSubstr("se trasladaron a " + server.uri()));
  EXPECT_EQ(month_json(file, dir, "viejo.json"), on_file);

  // The server is the center now: same figures, writes work, check passes.
  EXPECT_EQ(month_json(server.uri(), dir, "servidor.json"), on_file);
  EXPECT_EQ(cli_as(server.uri(), "directora",
                   {"goals", "set", "--year", "2026", "--indicator", "empresas_atendidas",
                    "--value", "12"},
                   dir)
                .status,
            0);
  const RunResult check = cli_as(server.uri(), "admin", {"check"}, dir);
  EXPECT_EQ(check.status, 0) << check.err;

  // Back to a new file (an offline copy): the server stays writable.
  const std::string back = (dir / "vuelta.db").string();
  const RunResult returned = cli_as(server.uri(), "admin", {"copy-to", back}, dir);
  ASSERT_EQ(returned.status, 0) << returned.err;
  EXPECT_THAT(returned.err, ::testing::Not(HasSubstr("solo lectura")));
  EXPECT_EQ(month_json(back, dir, "vuelta.json"), month_json(server.uri(), dir, "s2.json"));
  // Never over an existing file, never into a server database that holds a center.
  EXPECT_EQ(cli_as(server.uri(), "admin", {"copy-to", back}, dir).status, 1);
  const RunResult full = cli_as(back, "admin", {"copy-to", server.uri()}, dir);
  EXPECT_EQ(full.status, 1);
  EXPECT_THAT(full.err, HasSubstr("ya contiene un centro"));
}

}  // namespace
}  // namespace cdmype::clitest
