// Writes the report files on a BackgroundJob with its own connection.
#include "ui/report_job.hpp"

#include "services/workspace.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

ReportJob::ReportJob(store::DataSource database, Actor actor, YearMonth month,
                     std::filesystem::path folder, OnProgress on_progress, OnDone on_done,
                     std::function<void()> before_work)
    : job_([database = std::move(database), actor, month, folder = std::move(folder),
            on_progress = std::move(on_progress), on_done = std::move(on_done),
            before_work = std::move(before_work)](const BackgroundJob::Gui& gui) {
        ReportOutcome outcome;
        outcome.error = failure_of(
            [&] {
              if (before_work) before_work();
              // One connection per thread: the window keeps using its own meanwhile.
              auto ws = services::Workspace::open(database);
              outcome.files = write_report_files(
                  ws, actor, month, folder, [&](double done, const wxString& next) {
                    const std::string text = to_utf8(next);  // no wxString crosses threads
                    gui.post([on_progress, done, text] { on_progress(done, to_wx(text)); });
                    return !gui.cancelled();
                  });
              outcome.stopped = outcome.files.json.empty();
            },
            to_utf8(_("Error interno al generar el informe: ")));
        return std::function<void()>([on_done, outcome] { on_done(outcome); });
      }) {}

}  // namespace cdmype::ui
