// The day's backup runs beside the desktop app (ui/daily_backup_job): writes by another
// connection during the copy must neither restart it nor leak into it, and closing the window
// must be able to stop it while the copy is verified.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class BackupWhileInUseTest : public SqliteFileTest {
 protected:
  // Makes the file big enough for several backup steps (16 MB each) and gives
  // the verification an index of 200,000 rows to check.
  void pad_database() {
    auto& sql = ws->database().sqlite();
    sql.exec("CREATE TABLE relleno(n INTEGER, b BLOB)");
    sql.exec(
        "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 40) "
        "INSERT INTO relleno SELECT n, randomblob(1048576) FROM i");
    sql.exec(
        "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 200000) "
        "INSERT INTO relleno SELECT n, NULL FROM i");
    sql.exec("CREATE INDEX relleno_n ON relleno(n)");
  }
  fs::path folder() const { return dir / "copias-de-seguridad"; }
};

TEST_F(BackupWhileInUseTest, AWriteDuringTheCopyNeitherRestartsItNorEntersIt) {
  pad_database();
  auto other = services::Workspace::open(source, clock.clock());  // the app's own connection
  std::vector<std::int64_t> done_seen;
  bool wrote = false;
  const auto made = ws->maintenance().automatic_backup(
      std::nullopt, [&](std::int64_t done, std::int64_t total) {
        done_seen.push_back(done);
        if (!wrote && done < total) {
          other.enterprises().create(asesor1, enterprise("Panadería El Niño", "Luis Peña"));
          wrote = true;
        }
        return true;
      });
  ASSERT_TRUE(wrote) << "the copy took a single step: the database is too small for this test";
  ASSERT_TRUE(made.created);
  EXPECT_TRUE(std::is_sorted(done_seen.begin(), done_seen.end())) << "the copy restarted";
  EXPECT_EQ(ws->enterprises().search(consulta, "niño").size(), 1u);
  auto copy = services::Workspace::open(*made.created, clock.clock());
  EXPECT_TRUE(copy.enterprises().search(consulta, "niño").empty())
      << "the copy is the database as it was when the copy started";
}

TEST_F(BackupWhileInUseTest, CancellingWhileTheCopyIsVerifiedLeavesNoCopy) {
  pad_database();
  int at_total = 0;  // the copy's last step, then the verification asking
  EXPECT_THROW(ws->maintenance().automatic_backup(std::nullopt,
                                                  [&](std::int64_t done, std::int64_t total) {
                                                    if (done == total) ++at_total;
                                                    return at_total < 3;
                                                  }),
               UserError);
  EXPECT_EQ(at_total, 3) << "the verification was never asked whether to go on";
  EXPECT_TRUE(fs::is_empty(folder())) << "a cancelled copy must not stay behind";
  // The next start makes it.
  const auto made = ws->maintenance().automatic_backup();
  ASSERT_TRUE(made.created);
  EXPECT_TRUE(fs::exists(*made.created));
}

}  // namespace
}  // namespace cdmype::testing_support
