// The main window: title, menus, the DEMOSTRACIÓN banner, left navigation and the screens the role
// may use.
#pragma once
#include <wx/frame.h>

#include <cstddef>
#include <memory>
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
class DataProtectionPanel;
class NationalPanel;
class DailyBackupStatus;
class ServerWatch;

class MainFrame : public wxFrame {
 public:
  explicit MainFrame(DeskContext ctx);
  ~MainFrame() override;  // stops the day's backup if still running

  DeskContext& context() { return ctx_; }
  const std::vector<Screen>& screens() const { return screens_; }
  void show_screen(Screen screen);
  // The visible screen reloads its data.
  void reload_current();

  // Screens by kind, built on first use; null when the role does not see it.
  HomePanel* home() { return built(Screen::Inicio, home_); }
  EnterprisesPanel* enterprises() { return built(Screen::Empresas, enterprises_); }
  SessionsPanel* sessions() { return built(Screen::Sesiones, sessions_); }
  AtPanel* assistances() { return built(Screen::Asistencia, at_); }
  ApprovalsPanel* approvals() { return built(Screen::Aprobaciones, approvals_); }
  ProvidersPanel* providers() { return built(Screen::Proveedores, providers_); }
  ReferralsPanel* referrals() { return built(Screen::Remisiones, referrals_); }
  TrainingsPanel* trainings() { return built(Screen::Capacitaciones, trainings_); }
  ReportsPanel* reports() { return built(Screen::Informes, reports_); }
  SettingsPanel* settings() { return built(Screen::Configuracion, settings_); }
  DataProtectionPanel* data_protection() {
    return built(Screen::ProteccionDatos, data_protection_);
  }
  NationalPanel* national() { return built(Screen::Consolidado, national_); }
  wxListBox* navigation() const { return nav_; }
  ServerWatch* server_watch() { return watch_.get(); }
  DailyBackupStatus* daily_backup() { return daily_backup_.get(); }

 private:
  void build_menus();
  wxWindow* build_body();
  ScreenPanel* make_screen(wxWindow* parent, Screen screen);
  // Screens are built the first time they are shown or asked for: building all
  // ten before the window appeared cost ~300 ms of CPU at start.
  ScreenPanel* ensure_built(std::size_t index);
  template <class T>
  T* built(Screen screen, T*& member) {
    for (std::size_t i = 0; i < screens_.size(); ++i)
      if (screens_[i] == screen) ensure_built(i);
    return member;
  }
  void on_connect();
  void on_about();

  DeskContext ctx_;
  std::vector<Screen> screens_;
  std::vector<ScreenPanel*> panels_;  // null until built
  std::vector<wxWindow*> holders_;    // the book's pages; a screen is built inside its holder
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
  DataProtectionPanel* data_protection_ = nullptr;
  NationalPanel* national_ = nullptr;
  std::unique_ptr<DailyBackupStatus> daily_backup_;  // null when not started by this window
  std::unique_ptr<ServerWatch> watch_;  // other seats' changes, the lost-server banner
};

// The window title: "CDMYPE Desk — <center name>".
wxString main_title(const wxString& center_name);

}  // namespace cdmype::ui
