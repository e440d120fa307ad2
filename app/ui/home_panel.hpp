// Inicio: the month at a glance (enterprises attended, sessions, hours, new files, AT, referrals)
// against goals.
#pragma once
#include <wx/string.h>

#include <memory>
#include <optional>

#include "core/dates.hpp"
#include "ui/screen_panel.hpp"

class wxStaticText;

namespace cdmype::report {
struct MonthlyFigures;
}

namespace cdmype::ui {

struct DeskContext;
class BackgroundJob;
class BarChart;
class FigureTile;

class HomePanel : public ScreenPanel {
 public:
  HomePanel(wxWindow* parent, DeskContext& ctx);
  ~HomePanel() override;  // waits for a month still being computed

  void reload() override;
  // The month's figures are computed on a worker with its own connection
  // (at national scale the whole monthly report, which would otherwise hold
  // the window before it first appears); the tiles say so meanwhile.
  void show_month(const YearMonth& month);
  const YearMonth& month() const { return month_; }
  // Until the figures of the month shown have arrived.
  bool computing() const;

  FigureTile* attended() const { return attended_; }
  FigureTile* sessions() const { return sessions_; }
  FigureTile* hours() const { return hours_; }
  FigureTile* new_files() const { return new_files_; }
  BarChart* by_area() const { return by_area_; }
  // The line about data-protection requests due within five business days (hidden when none).
  wxStaticText* rights_due() const { return rights_due_; }
  wxStaticText* consent_pending() const { return consent_pending_; }

 private:
  void step_month(int delta);
  void show_figures(const report::MonthlyFigures& f);
  void computed();  // on the GUI thread, when a computation has ended
  void show_rights_due();
  // Files whose consent is not registered (imported history), until someone regularizes them.
  void show_consent_pending();

  DeskContext& ctx_;
  YearMonth month_;
  wxStaticText* title_;
  wxStaticText* consent_pending_ = nullptr;
  wxStaticText* rights_due_;
  FigureTile* attended_;
  FigureTile* sessions_;
  FigureTile* hours_;
  FigureTile* new_files_;
  FigureTile* at_;
  FigureTile* referrals_;
  BarChart* by_area_;
  BarChart* by_sector_;
  std::unique_ptr<BackgroundJob> job_;
  std::optional<YearMonth> shown_;  // the month whose figures the tiles hold
  bool again_ = false;              // month_ asked for again while being computed
};

// "octubre de 2026"
wxString month_title(const YearMonth& month);

}  // namespace cdmype::ui
