// The day's backup behind the main window: the window is usable while it runs, the status bar
// says when it is done, and closing the window stops it without leaving a partial copy.
#include <wx/statusbr.h>

#include <memory>

#include "support/gate.hpp"
#include "ui/daily_backup_status.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using DailyBackupStatusTest = UiTest;

std::vector<fs::path> copies_in(const fs::path& folder) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec)) out.push_back(e.path());
  return out;
}

TEST_F(DailyBackupStatusTest, TheWindowIsUsableWhileTheCopyIsMadeAndTheStatusBarSaysWhenDone) {
  auto* f = open_main_frame();
  const fs::path folder = dir.path() / "copias";
  Gate release;
  ui::DailyBackupStatus status(f, 2, db_path, folder, [&] { release.wait(); });
  pump(50);
  EXPECT_TRUE(status.running());
  f->show_screen(ui::Screen::Empresas);  // the person works meanwhile
  pump(50);
  EXPECT_EQ(f->enterprises()->list()->count(), enterprise_count);
  release.open();
  ASSERT_TRUE(wait_until([&] { return !status.running(); }));
  ASSERT_TRUE(status.outcome());
  ASSERT_TRUE(status.outcome()->created);
  EXPECT_TRUE(fs::exists(*status.outcome()->created));
  EXPECT_EQ(f->GetStatusBar()->GetStatusText(2).utf8_string(),
            "Copia de seguridad del día: " + status.outcome()->created->filename().string());
  EXPECT_TRUE(shown_errors().empty());
  screenshot(f, "29-copia-del-dia");
}

TEST_F(DailyBackupStatusTest, ClosingTheWindowMidCopyStopsItAndLeavesNoCopy) {
  auto* f = open_main_frame();
  const fs::path folder = dir.path() / "copias";
  // The worker is held until the window closes. It used to sleep 100 ms while the test pumped
  // 20 ms: on a loaded machine the copy could finish first and be "left behind". Now it goes on
  // only when closing starts, and the cancel flag is set in the very next statements (the job's
  // destructor) while the worker still has to open the database before its first progress
  // report, where the cancel is seen.
  Gate closing;
  auto status =
      std::make_unique<ui::DailyBackupStatus>(f, 2, db_path, folder, [&] { closing.wait(); });
  pump(20);
  EXPECT_TRUE(status->running());
  closing.open();
  status.reset();  // what closing the window does: cancel, wait for the worker
  pump(300);       // a callback posted before that must find nobody (ASan run of CI)
  EXPECT_EQ(f->GetStatusBar()->GetStatusText(2).utf8_string(), "");
  for (const auto& p : copies_in(folder)) ADD_FAILURE() << "left behind: " << p;
  EXPECT_TRUE(shown_errors().empty());
}

TEST_F(DailyBackupStatusTest, OpeningADatabaseStartsTheDaysCopyBesideIt) {
  auto ctx = context();
  ctx.daily_backup = true;  // what open_database sets
  frame = new ui::MainFrame(std::move(ctx));
  frame->Show();
  ASSERT_NE(frame->daily_backup(), nullptr);
  ASSERT_TRUE(wait_until([&] { return !frame->daily_backup()->running(); }));
  const auto copies = copies_in(db_path.parent_path() / "copias-de-seguridad");
  ASSERT_EQ(copies.size(), 1u);
  EXPECT_EQ(copies.front().extension(), ".db");
}

}  // namespace
}  // namespace cdmype::testing_support
