// Informes: the previous month by default, generate PDF + JSON (+ XLSX) in the background,
// open the PDF with the system viewer, issue it as the director.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/gauge.h>
#include <wx/stattext.h>

#include <fstream>

#include "support/gate.hpp"
#include "ui/main_frame.hpp"
#include "ui/reports_panel.hpp"
#include "ui/text_table.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class ReportsScreenTest : public UiTest {};

TEST_F(ReportsScreenTest, GeneratesOpensAndIssuesThePreviousMonth) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Informes);
  auto* p = f->reports();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->month(), ui::previous_month(today()));
  EXPECT_FALSE(p->open_button()->IsEnabled());  // nothing generated yet
  std::vector<fs::path> opened;
  p->set_output_folder(dir.path() / "informes");
  p->set_opener([&](const fs::path& file) {
    opened.push_back(file);
    return true;
  });

  ASSERT_TRUE(p->generate());
  // The files are written on a worker thread; the window keeps handling events meanwhile.
  ASSERT_TRUE(wait_until([&] { return !p->generating(); }));
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  const auto& files = p->files();
  ASSERT_TRUE(fs::exists(files.pdf));
  ASSERT_TRUE(fs::exists(files.json));
  EXPECT_EQ(files.pdf.filename().string(), "informe-" + p->month().to_string() + ".pdf");
  std::ifstream pdf(files.pdf, std::ios::binary);
  std::string magic(5, '\0');
  pdf.read(magic.data(), 5);
  EXPECT_EQ(magic, "%PDF-");
  EXPECT_TRUE(p->open_button()->IsEnabled());
  EXPECT_NE(p->status()->GetLabel().utf8_string().find("listo"), std::string::npos);

  click(p->open_button());
  ASSERT_EQ(opened.size(), 1u);
  EXPECT_EQ(opened[0], files.pdf);

  // Another month: its report is not generated yet, so nothing to open.
  p->month_choice()->SetSelection(1);
  wxCommandEvent changed(wxEVT_CHOICE, p->month_choice()->GetId());
  p->month_choice()->GetEventHandler()->ProcessEvent(changed);
  EXPECT_FALSE(p->open_button()->IsEnabled());
  ASSERT_TRUE(p->select_month(ui::previous_month(today())));

  ASSERT_NE(p->issue_button(), nullptr);
  click(p->issue_button());
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  ASSERT_EQ(p->issued()->rows().size(), 1u);
  EXPECT_EQ(p->issued()->rows()[0][1].utf8_string(), "1");
  screenshot(f, "26-informes");
}

TEST_F(ReportsScreenTest, GenerationRunsInTheBackgroundAndCanBeStopped) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Informes);
  auto* p = f->reports();
  ASSERT_NE(p, nullptr);
  p->set_output_folder(dir.path() / "informes");
  // Hold the worker before its first step, to look at the window while it works.
  Gate release;
  p->set_worker_hook([&] { release.wait(); });
  ASSERT_TRUE(p->generate());
  EXPECT_TRUE(p->generating());
  EXPECT_FALSE(p->generate());  // one at a time
  EXPECT_TRUE(p->progress()->IsShown());
  EXPECT_TRUE(p->cancel_button()->IsShown());
  EXPECT_FALSE(p->generate_button()->IsEnabled());
  ASSERT_NE(p->issue_button(), nullptr);
  EXPECT_FALSE(p->issue_button()->IsEnabled());
  // The GUI thread is free: events, timers and repaints keep running.
  pump(100);
  f->show_screen(ui::Screen::Empresas);
  f->show_screen(ui::Screen::Informes);
  screenshot(f, "65-informe-en-curso");
  click(p->cancel_button());
  release.open();
  ASSERT_TRUE(wait_until([&] { return !p->generating(); }));
  EXPECT_TRUE(shown_errors().empty()) << shown_errors().front();
  EXPECT_EQ(p->status()->GetLabel().utf8_string(), "Generación detenida.");
  EXPECT_TRUE(p->files().pdf.empty());
  EXPECT_FALSE(
      fs::exists(dir.path() / "informes" / ("informe-" + p->month().to_string() + ".pdf")));
  EXPECT_FALSE(p->progress()->IsShown());
  EXPECT_TRUE(p->generate_button()->IsEnabled());

  // Run again without holding it: it finishes.
  p->set_worker_hook({});
  ASSERT_TRUE(p->generate());
  ASSERT_TRUE(wait_until([&] { return !p->generating(); }));
  EXPECT_TRUE(fs::exists(p->files().pdf));
}

TEST_F(ReportsScreenTest, ClosingTheWindowWhileGeneratingIsSafe) {
  auto* f = open_main_frame();
  f->show_screen(ui::Screen::Informes);
  f->reports()->set_output_folder(dir.path() / "informes");
  ASSERT_TRUE(f->reports()->generate());
  f->Destroy();  // the panel stops and waits for the worker
  frame = nullptr;
  pump(100);
  SUCCEED();
}

TEST_F(ReportsScreenTest, AsesorGeneratesButDoesNotIssue) {
  auto* f = open_main_frame(&accounts.asesor);
  f->show_screen(ui::Screen::Informes);
  ASSERT_NE(f->reports(), nullptr);
  EXPECT_EQ(f->reports()->issue_button(), nullptr);
}

}  // namespace
}  // namespace cdmype::testing_support
