// The backup menu command over MaintenanceService::backup (online copy, verified).
#include "ui/backup_command.hpp"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/stdpaths.h>

#include <optional>
#include <string>

#include "core/dates.hpp"
#include "ui/backup_passphrase_dialog.hpp"
#include "ui/confirm_question.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

void run_backup(wxWindow* parent, DeskContext& ctx) {
  const wxString suggested =
      wxString::FromUTF8("cdmype-copia-") + to_wx(to_iso(today())) + wxString::FromUTF8(".db");
  wxFileDialog chooser(parent, _("Guardar la copia de seguridad como"),
                       wxStandardPaths::Get().GetDocumentsDir(), suggested,
                       _("Base de datos CDMYPE (*.db)|*.db"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (chooser.ShowModal() != wxID_OK) return;
  const std::filesystem::path dest(to_utf8(chooser.GetPath()));
  std::optional<std::string> passphrase;
  if (confirm_question(parent,
                       _("¿Cifrar la copia con una frase de paso?\n\nHágalo cuando la copia sale "
                         "de la oficina (memoria USB, disco externo, correo): contiene los datos "
                         "personales de las personas atendidas."),
                       _("Copia de seguridad"))) {
    BackupPassphraseDialog ask(parent);
    if (ask.ShowModal() != wxID_OK) return;
    passphrase = ask.passphrase();
  }

  guarded(parent, [&] {
    wxProgressDialog progress(_("Copia de seguridad"), _("Copiando la base de datos…"), 1000,
                              parent, wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE);
    label_stock_buttons(&progress);
    const auto step = [&](std::int64_t done, std::int64_t total) {
      const int value = total > 0 ? static_cast<int>(done * 999 / total) : 0;
      return progress.Update(value);
    };
    auto maintenance = ctx.ws().maintenance();
    const auto result = passphrase
                            ? maintenance.encrypted_backup(ctx.actor, dest, *passphrase, step)
                            : maintenance.backup(ctx.actor, dest, step);
    progress.Update(1000);
    wxMessageBox(
        wxString::Format(
            passphrase ? _("Copia cifrada guardada y verificada:\n%s\n(%s MB)\nGuarde la frase "
                           "de paso aparte de la copia.")
                       : _("Copia guardada y verificada:\n%s\n(%s MB)"),
            to_wx(result.path.string()),
            wxString::Format(wxString::FromUTF8("%.1f"), static_cast<double>(result.bytes) / 1e6)),
        _("Copia de seguridad"), wxOK | wxICON_INFORMATION, parent);
  });
}

}  // namespace cdmype::ui
