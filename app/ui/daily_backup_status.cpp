// Status bar wording of the day's backup.
#include "ui/daily_backup_status.hpp"

#include <wx/frame.h>

#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

DailyBackupStatus::DailyBackupStatus(wxFrame* frame, int field, std::filesystem::path database,
                                     std::optional<std::filesystem::path> folder,
                                     std::function<void()> before_work)
    : frame_(frame), field_(field) {
  job_ = std::make_unique<DailyBackupJob>(
      std::move(database),
      [this](int percent, bool verifying) {
        frame_->SetStatusText(
            verifying ? _("Copia de seguridad del día: verificando…")
                      : wxString::Format(_("Copia de seguridad del día: %d %%"), percent),
            field_);
      },
      [this](const DailyBackupReport& report) {
        outcome_ = report;
        if (!report.error.empty()) {
          frame_->SetStatusText(_("Copia de seguridad del día: falló"), field_);
          show_error(frame_, to_wx(report.error));
        } else if (report.created) {
          frame_->SetStatusText(
              wxString::Format(_("Copia de seguridad del día: %s"),
                               to_wx(report.created->filename().string())),
              field_);
        } else {
          frame_->SetStatusText(wxString(), field_);  // today's copy was there already
        }
      },
      std::move(folder), std::move(before_work));
}

}  // namespace cdmype::ui
