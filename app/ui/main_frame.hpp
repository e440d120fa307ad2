// The main window: title, menus, the DEMOSTRACIÓN banner, left navigation and the screens the role
// may use.
#pragma once
#include <wx/frame.h>

#include <vector>

#include "ui/desk_context.hpp"
#include "ui/screens.hpp"

class wxListBox;
class wxSimplebook;

namespace cdmype::ui {

class ScreenPanel;
class HomePanel;
class EnterprisesPanel;
class SessionsPanel;
class AtPanel;
class ApprovalsPanel;
class ProvidersPanel;
class ReferralsPanel;
class TrainingsPanel;
class ReportsPanel;
class SettingsPanel;

class MainFrame : public wxFrame {
 public:
  explicit MainFrame(DeskContext ctx);

  DeskContext& context() { return ctx_; }
  const std::vector<Screen>& screens() const { return screens_; }
  void show_screen(Screen screen);
  // The visible screen reloads its data.
  void reload_current();

  // Screens by kind; null when the role does not see it.
  HomePanel* home() const { return home_; }
  EnterprisesPanel* enterprises() const { return enterprises_; }
  SessionsPanel* sessions() const { return sessions_; }
  AtPanel* assistances() const { return at_; }
  ApprovalsPanel* approvals() const { return approvals_; }
  ProvidersPanel* providers() const { return providers_; }
  ReferralsPanel* referrals() const { return referrals_; }
  TrainingsPanel* trainings() const { return trainings_; }
  ReportsPanel* reports() const { return reports_; }
  SettingsPanel* settings() const { return settings_; }
  wxListBox* navigation() const { return nav_; }

 private:
  void build_menus();
  wxWindow* build_body();
  ScreenPanel* make_screen(wxWindow* parent, Screen screen);
  void on_open_other();
  void on_about();

  DeskContext ctx_;
  std::vector<Screen> screens_;
  std::vector<ScreenPanel*> panels_;
  wxListBox* nav_ = nullptr;
  wxSimplebook* book_ = nullptr;
  HomePanel* home_ = nullptr;
  EnterprisesPanel* enterprises_ = nullptr;
  SessionsPanel* sessions_ = nullptr;
  AtPanel* at_ = nullptr;
  ApprovalsPanel* approvals_ = nullptr;
  ProvidersPanel* providers_ = nullptr;
  ReferralsPanel* referrals_ = nullptr;
  TrainingsPanel* trainings_ = nullptr;
  ReportsPanel* reports_ = nullptr;
  SettingsPanel* settings_ = nullptr;
};

// The window title: "CDMYPE Desk — <center name>".
wxString main_title(const wxString& center_name);

}  // namespace cdmype::ui
