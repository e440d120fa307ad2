// Informes: choose the month (the previous one by default), generate the CONAMYPE report in the
// background with a progress bar (cancellable), open the PDF with the system viewer, save a copy,
// and issue it (director).
#pragma once
#include <filesystem>
#include <functional>
#include <memory>

#include "core/dates.hpp"
#include "ui/report_files.hpp"
#include "ui/screen_panel.hpp"

class wxButton;
class wxChoice;
class wxGauge;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class ReportJob;
struct ReportOutcome;
class TextTable;

class ReportsPanel : public ScreenPanel {
 public:
  ReportsPanel(wxWindow* parent, DeskContext& ctx);
  ~ReportsPanel() override;

  void reload() override;
  YearMonth month() const;
  bool select_month(const YearMonth& month);
  // Starts writing the files into the output folder on a worker thread (the window stays usable;
  // progress below the buttons); false when one is already running.
  bool generate();
  bool generating() const;
  // Stops the running generation before its next step.
  void cancel_generation();
  // Runs on the worker before it starts (tests hold it there to look at the progress).
  void set_worker_hook(std::function<void()> hook) { worker_hook_ = std::move(hook); }
  // Opens the generated PDF with the system's viewer (through the opener).
  void open_pdf();
  // Copies the generated PDF where the person chooses.
  void save_as();
  // IssueReport: stores the month's report for good (asks before replacing an issued one).
  void issue();

  const ReportFiles& files() const { return files_; }
  void set_output_folder(std::filesystem::path folder) { folder_ = std::move(folder); }
  // How a file is opened (wxLaunchDefaultApplication by default; tests record it).
  using Opener = std::function<bool(const std::filesystem::path&)>;
  void set_opener(Opener opener) { opener_ = std::move(opener); }

  wxChoice* month_choice() const { return month_; }
  wxButton* generate_button() const { return generate_; }
  wxButton* open_button() const { return open_; }
  wxButton* save_button() const { return save_; }
  wxButton* issue_button() const { return issue_; }
  wxStaticText* status() const { return status_; }
  wxGauge* progress() const { return progress_; }
  wxButton* cancel_button() const { return cancel_; }
  TextTable* issued() const { return issued_; }

 private:
  void update_buttons();
  void on_generated(const YearMonth& month, const ReportOutcome& outcome);

  DeskContext& ctx_;
  std::vector<YearMonth> months_;
  wxChoice* month_;
  wxButton* generate_;
  wxButton* open_;
  wxButton* save_;
  wxButton* issue_ = nullptr;
  wxStaticText* status_;
  wxGauge* progress_;
  wxButton* cancel_;
  TextTable* issued_;
  std::filesystem::path folder_;
  ReportFiles files_;
  YearMonth files_month_;
  Opener opener_;
  std::unique_ptr<ReportJob> job_;
  std::function<void()> worker_hook_;
};

}  // namespace cdmype::ui
