// Chooses between sign-in and the first-run wizard for a database file.
#include "ui/startup.hpp"

#include <system_error>

#include <wx/msgdlg.h>

#include "core/errors.hpp"
#include "services/network_share_warning.hpp"
#include "ui/change_password_dialog.hpp"
#include "ui/connect_dialog.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/setup_wizard.hpp"
#include "ui/sign_in_dialog.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

std::string display_name(services::Workspace& ws, const Actor& actor) {
  if (!allowed(actor.role, Action::ViewEnterprises)) return actor.username;
  for (const auto& u : ws.users().advisors(actor))
    if (u.id == actor.user_id) return u.full_name;
  return actor.username;
}

std::optional<DeskContext> open_database(wxWindow* parent, const store::DataSource& source) {
  if (source.is_file())
    if (auto warning = services::network_share_warning(source.file()))
      wxMessageBox(to_wx(*warning), _("Base de datos en una carpeta de red"),
                   wxOK | wxICON_WARNING, parent);
  std::error_code ec;
  std::unique_ptr<services::Workspace> ws;
  bool needs_center = source.is_file() && !std::filesystem::exists(source.file(), ec);
  if (!needs_center) {
    const bool opened = guarded(parent, [&] {
      ws = std::make_unique<services::Workspace>(services::Workspace::open(source));
      needs_center = !ws->center().initialized();
    });
    if (!opened) return std::nullopt;
  }
  if (needs_center) {
    ws.reset();  // the wizard opens the database itself
    SetupWizard wizard(parent, source);
    return wizard.run();
  }
  if (const auto moved = ws->center_moves().moved_to())
    wxMessageBox(to_wx(*moved), _("El centro se trasladó"), wxOK | wxICON_INFORMATION, parent);
  const wxString center = to_wx(ws->center().settings().center_name);
  SignInDialog dialog(parent, *ws, center);
  if (dialog.ShowModal() != wxID_OK || !dialog.actor()) return std::nullopt;
  bool own_password = false;
  if (!guarded(parent, [&] { own_password = ensure_own_password(parent, *ws, *dialog.actor()); }) ||
      !own_password)
    return std::nullopt;
  DeskContext ctx;
  ctx.actor = *dialog.actor();
  ctx.full_name = display_name(*ws, ctx.actor);
  ctx.workspace = std::move(ws);
  ctx.source = source;
  // The day's first start keeps a verified copy beside the database file (14
  // days, 12 months), made behind the main window: at national scale it
  // takes half a minute. A server keeps its own nightly copies.
  ctx.daily_backup = source.is_file();
  return ctx;
}

std::optional<DeskContext> connect_and_open(wxWindow* parent, const store::DataSource& suggested) {
  for (;;) {
    ConnectDialog where(parent, suggested);
    if (where.ShowModal() != wxID_OK || !where.chosen()) return std::nullopt;
    if (auto ctx = open_database(parent, *where.chosen())) return ctx;
  }
}

}  // namespace cdmype::ui
