// Main window assembly: menus, navigation list + page book, banner, status bar, remembered
// geometry.
#include "ui/main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/display.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/persist/toplevel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/wupdlock.h>

#include <algorithm>

#include "ui/app_icon.hpp"
#include "ui/app_paths.hpp"
#include "ui/approvals_panel.hpp"
#include "ui/at_panel.hpp"
#include "ui/backup_command.hpp"
#include "ui/daily_backup_status.hpp"
#include "ui/demo_banner.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/error_boundary.hpp"
#include "ui/home_panel.hpp"
#include "ui/i18n.hpp"
#include "ui/language_menu.hpp"
#include "ui/providers_panel.hpp"
#include "ui/data_protection_panel.hpp"
#include "ui/national_panel.hpp"
#include "ui/referrals_panel.hpp"
#include "ui/reports_panel.hpp"
#include "ui/server_watch.hpp"
#include "ui/sessions_panel.hpp"
#include "ui/settings_panel.hpp"
#include "ui/startup.hpp"
#include "ui/trainings_panel.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

constexpr int kScreenMenuBase = wxID_HIGHEST + 100;

wxString role_name(Role role) { return to_wx(display_of(role)); }

}  // namespace

wxString main_title(const wxString& center_name) {
  return wxString::FromUTF8("CDMYPE Desk — ") + center_name;
}

MainFrame::MainFrame(DeskContext ctx)
    : wxFrame(nullptr, wxID_ANY, wxString(), wxDefaultPosition, wxSize(1200, 720)),
      ctx_(std::move(ctx)),
      screens_(screens_for(ctx_.actor)) {
  SetName(wxString::FromUTF8("main_frame"));
  SetTitle(main_title(to_wx(ctx_.ws().center().settings().center_name)));
  SetMinSize(FromDIP(wxSize(900, 560)));
  SetIcons(app_icons());

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  if (ctx_.demo) sizer->Add(new DemoBanner(this), 0, wxEXPAND);
  watch_ = std::make_unique<ServerWatch>(this, ctx_, [this] { reload_current(); });
  sizer->Add(watch_->banner(), 0, wxEXPAND);
  sizer->Add(build_body(), 1, wxEXPAND);
  SetSizer(sizer);
  build_menus();

  CreateStatusBar(3);
  const int widths[] = {-2, -3, -2};
  SetStatusWidths(3, widths);
  SetStatusText(wxString::Format(_("%s (%s)"), to_wx(ctx_.full_name), role_name(ctx_.actor.role)),
                0);
  SetStatusText(to_wx(ctx_.ws().database().connection().describe()), 1);
  if (ctx_.daily_backup)
    daily_backup_ = std::make_unique<DailyBackupStatus>(this, 2, ctx_.source.file());

  if (!wxPersistentRegisterAndRestore(this, GetName())) {
    // First start: use the whole screen (a 1366×768 laptop is common in the centers).
    SetSize(wxGetClientDisplayRect());
    Maximize();
  }
  if (!screens_.empty()) show_screen(screens_.front());
}

MainFrame::~MainFrame() = default;

wxWindow* MainFrame::build_body() {
  auto* body = new wxPanel(this);
  nav_ = new wxListBox(body, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(170, -1)), 0, nullptr,
                       wxLB_SINGLE);
  wxFont font = nav_->GetFont();
  font.SetPointSize(font.GetPointSize() + 2);
  nav_->SetFont(font);
  nav_->SetName(_("Navegación"));
  book_ = new wxSimplebook(body);
  for (const Screen s : screens_) {
    nav_->Append(screen_title(s));
    auto* holder = new wxPanel(book_);
    holder->SetSizer(new wxBoxSizer(wxVERTICAL));
    holders_.push_back(holder);
    panels_.push_back(nullptr);
    book_->AddPage(holder, screen_title(s));
  }
  nav_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) {
    const int i = e.GetSelection();
    if (i >= 0 && i < static_cast<int>(screens_.size())) show_screen(screens_[i]);
  });
  if (screens_.empty()) {
    // Roles whose screens come later (admin, ventanilla) still get the menus.
    auto* note = new wxStaticText(
        book_, wxID_ANY,
        _("Su rol todavía no tiene pantallas en esta versión. Use el menú Archivo."));
    book_->AddPage(note, wxString());
    nav_->Hide();
  }
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(nav_, 0, wxEXPAND | wxALL, 6);
  sizer->Add(book_, 1, wxEXPAND | wxTOP | wxBOTTOM | wxRIGHT, 6);
  body->SetSizer(sizer);
  return body;
}

ScreenPanel* MainFrame::ensure_built(std::size_t index) {
  if (index >= panels_.size()) return nullptr;
  if (!panels_[index]) {
    wxWindowUpdateLocker freeze(holders_[index]);
    panels_[index] = make_screen(holders_[index], screens_[index]);
    holders_[index]->GetSizer()->Add(panels_[index], 1, wxEXPAND);
    holders_[index]->Layout();
  }
  return panels_[index];
}

ScreenPanel* MainFrame::make_screen(wxWindow* parent, Screen screen) {
  switch (screen) {
    case Screen::Inicio:
      return home_ = new HomePanel(parent, ctx_);
    case Screen::Empresas:
      return enterprises_ = new EnterprisesPanel(parent, ctx_);
    case Screen::Sesiones:
      return sessions_ = new SessionsPanel(parent, ctx_);
    case Screen::Asistencia:
      return at_ = new AtPanel(parent, ctx_);
    case Screen::Aprobaciones:
      return approvals_ = new ApprovalsPanel(parent, ctx_);
    case Screen::Remisiones:
      return referrals_ = new ReferralsPanel(parent, ctx_);
    case Screen::Capacitaciones:
      return trainings_ = new TrainingsPanel(parent, ctx_);
    case Screen::Proveedores:
      return providers_ = new ProvidersPanel(parent, ctx_);
    case Screen::Informes:
      return reports_ = new ReportsPanel(parent, ctx_);
    case Screen::ProteccionDatos:
      return data_protection_ = new DataProtectionPanel(parent, ctx_);
    case Screen::Consolidado:
      return national_ = new NationalPanel(parent, ctx_);
    case Screen::Configuracion:
      return settings_ = new SettingsPanel(parent, ctx_);
  }
  return nullptr;
}

void MainFrame::build_menus() {
  auto* file = new wxMenu();
  file->Append(wxID_OPEN, _("&Conectar…\tCtrl+O"),
               _("Abrir los datos del centro en otro archivo o en el servidor del centro"));
  auto* backup =
      file->Append(wxID_SAVEAS, _("&Copia de seguridad…"),
                   ctx_.may(Action::Backup)
                       ? _("Copia verificada de la base de datos en otro archivo")
                       : _("Las copias de seguridad las hace la cuenta de administración"));
  backup->Enable(ctx_.may(Action::Backup));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Salir\tCtrl+Q"));

  auto* view = new wxMenu();
  for (size_t i = 0; i < screens_.size(); ++i) {
    const int id = kScreenMenuBase + static_cast<int>(i);
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth (wx has no "Ctrl+10"); later screens have none.
    wxString label = screen_title(screens_[i]);
    if (i < 10)
      label += wxString::Format(wxString::FromUTF8("\tCtrl+%d"), static_cast<int>((i + 1) % 10));
    view->Append(id, label);
    Bind(
        wxEVT_MENU, [this, i](wxCommandEvent&) { show_screen(screens_[i]); }, id);
  }
  view->AppendSeparator();
  view->Append(wxID_REFRESH, _("&Actualizar\tF5"));
  view->AppendSubMenu(make_language_menu(this), _("&Idioma"));

  auto* help = new wxMenu();
  help->Append(wxID_ABOUT, _("&Acerca de CDMYPE Desk"));

  auto* bar = new wxMenuBar();
  bar->Append(file, _("&Archivo"));
  bar->Append(view, _("&Ver"));
  bar->Append(help, _("A&yuda"));
  SetMenuBar(bar);

  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_connect(); }, wxID_OPEN);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { run_backup(this, ctx_); }, wxID_SAVEAS);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reload_current(); }, wxID_REFRESH);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { on_about(); }, wxID_ABOUT);
}

void MainFrame::show_screen(Screen screen) {
  const auto it = std::find(screens_.begin(), screens_.end(), screen);
  if (it == screens_.end()) return;
  const int index = static_cast<int>(it - screens_.begin());
  nav_->SetSelection(index);
  book_->ChangeSelection(static_cast<size_t>(index));
  reload_current();
}

void MainFrame::reload_current() {
  const int index = book_->GetSelection();
  if (index < 0 || index >= static_cast<int>(panels_.size())) return;
  ScreenPanel* panel = ensure_built(static_cast<size_t>(index));
  guarded(this, [panel] { panel->reload(); });
}

void MainFrame::on_connect() {
  auto opened = connect_and_open(this, ctx_.source);
  if (!opened) return;
  remember_data_source(opened->source);
  auto* next = new MainFrame(std::move(*opened));
  next->Show();
  Close();
}

void MainFrame::on_about() {
  wxAboutDialogInfo info;
  info.SetName(wxString::FromUTF8("CDMYPE Desk"));
  info.SetVersion(wxString::FromUTF8(CDMYPE_VERSION));
  info.SetDescription(
      _("Expedientes de empresas, sesiones de asesoría, asistencia técnica e informe mensual "
        "para los Centros de Desarrollo de la Micro y Pequeña Empresa de El Salvador."));
  info.SetCopyright(_("Software libre para los CDMYPE y CONAMYPE"));
  info.SetIcon(app_icons().GetIcon(64));
  wxAboutBox(info, this);
}

}  // namespace cdmype::ui
