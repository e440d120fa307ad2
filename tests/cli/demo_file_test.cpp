// `demo` writes its database under a temporary name and renames it only when complete, so an
// interrupted run never leaves a file that looks like a finished demonstration.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;

constexpr const char* kDemoPassword = "demo-cdmype-2026";  // printed by `demo` itself

TEST(CliDemoFile, LeftoverOfAnInterruptedRunIsReplacedAndNothingIsLeftAside) {
  if (testing_support::testing_on_postgresql())
    GTEST_SKIP() << "Solo para un archivo SQLite (copias, restauración y permisos del archivo).";
  Cli cli;
  const auto leftover = cli.path("centro.db.demo-en-curso");
  write_text(leftover, "restos de una demostración interrumpida (Peña, Citalá)");
  RunResult demo = cli.run({"demo", "--scale", "small"});
  ASSERT_EQ(demo.status, 0) << demo.err;
  EXPECT_TRUE(std::filesystem::exists(cli.db()));
  for (const char* suffix : {"", "-journal", "-wal", "-shm"})
    EXPECT_FALSE(std::filesystem::exists(leftover.string() + suffix)) << suffix;
  // Complete: the search index and the accounts are there, and `check` passes.
  EXPECT_TRUE(cli.signs_in("asesor2", kDemoPassword));
  RunResult check = cli.as("admin", kDemoPassword, {"check"});
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_THAT(check.out, HasSubstr("OK"));
}

}  // namespace
}  // namespace cdmype::clitest
