// Automatic backups on start-up: one verified copy a day, 14 daily and 12 monthly kept.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>

#include "store/daily_backups.hpp"
#include "store_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using DailyBackupTest = SqliteFileTest;

std::set<std::string> names_in(const fs::path& folder) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(folder)) out.insert(e.path().filename().string());
  return out;
}

TEST_F(DailyBackupTest, FirstStartOfTheDayWritesAVerifiedOwnerOnlyCopy) {
  create("Café Citalá", "Rosa Peña");  // still in the -wal file: the copy must include it
  const auto first = ws->maintenance().automatic_backup();
  const auto folder = dir / "copias-de-seguridad";
  ASSERT_TRUE(first.created);
  EXPECT_EQ(*first.created, folder / "centro-2026-10-15.db");
  EXPECT_EQ(file_mode(*first.created), 0600);
  EXPECT_EQ(file_mode(folder), 0700);
  {
    auto copy = services::Workspace::open(*first.created, clock.clock());
    EXPECT_EQ(copy.enterprises().search(consulta, "pena").size(), 1u);
  }

  // Later starts the same day do nothing; the next day writes a new copy.
  EXPECT_FALSE(ws->maintenance().automatic_backup().created);
  clock.advance_days(1);
  const auto next = ws->maintenance().automatic_backup();
  ASSERT_TRUE(next.created);
  EXPECT_EQ(next.created->filename(), "centro-2026-10-16.db");
  EXPECT_EQ(names_in(folder),
            (std::set<std::string>{"centro-2026-10-15.db", "centro-2026-10-16.db"}));
}

TEST_F(DailyBackupTest, AGivenFolderIsUsedAndALeftoverPartialCopyIsReplaced) {
  const auto folder = dir / "otra carpeta" / "copias";
  fs::create_directories(folder);
  std::ofstream(folder / "centro-2026-10-15.db.parcial") << "copia interrumpida";
  const auto made = ws->maintenance().automatic_backup(folder);
  ASSERT_TRUE(made.created);
  EXPECT_EQ(names_in(folder), std::set<std::string>{"centro-2026-10-15.db"});
  EXPECT_GT(fs::file_size(*made.created), 4096u);
}

TEST_F(DailyBackupTest, KeepsTheLastFourteenDaysAndTheFirstCopyOfTwelveMonths) {
  const auto folder = dir / "copias";
  fs::create_directories(folder);
  // A copy every day from 2025-06-01 to 2026-10-14, plus files that are not ours.
  std::set<std::string> all;
  for (Date d = *parse_iso_date("2025-06-01"); d <= *parse_iso_date("2026-10-14");
       d += boost::gregorian::days(1)) {
    const std::string name = "centro-" + to_iso(d) + ".db";
    std::ofstream(folder / name) << "x";
    all.insert(name);
  }
  for (const char* other : {"otro-2025-06-01.db", "centro-notas.txt", "centro-2025-06-02.db.bak"})
    std::ofstream(folder / other) << "no es nuestra";

  const auto made = ws->maintenance().automatic_backup(folder);  // 2026-10-15
  ASSERT_TRUE(made.created);

  std::set<std::string> expected = {"otro-2025-06-01.db", "centro-notas.txt",
                                    "centro-2025-06-02.db.bak"};
  // The 14 newest days: 2026-10-02 … 2026-10-15.
  for (int day = 2; day <= 15; ++day)
    expected.insert("centro-2026-10-" + std::string(day < 10 ? "0" : "") + std::to_string(day) +
                    ".db");
  // The first copy of the 12 newest months: 2025-11 … 2026-10.
  for (const char* month : {"2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04",
                            "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"})
    expected.insert("centro-" + std::string(month) + "-01.db");
  EXPECT_EQ(names_in(folder), expected);
  EXPECT_EQ(made.removed.size(), all.size() + 1 - (expected.size() - 3));

  // Pruning again changes nothing.
  EXPECT_TRUE(store::prune_daily_backups(folder, db_path).empty());
}

}  // namespace
}  // namespace cdmype::testing_support
