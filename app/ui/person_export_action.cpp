// The person's export from the editor through PersonService::gather and report/person_export.
#include "ui/person_export_action.hpp"

#include <wx/dirdlg.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "report/person_export.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

std::vector<std::filesystem::path> write_person_export(DeskContext& ctx, const std::string& dui,
                                                       const std::filesystem::path& folder) {
  const PersonData data = ctx.ws().persons().gather(ctx.actor, dui);
  const std::string stem = "datos-personales-" + data.dui;
  const auto json = folder / (stem + ".json");
  const auto pdf = folder / (stem + ".pdf");
  report::write_file_atomically(json, report::person_data_json(data));
  report::write_file_atomically(
      pdf, report::person_data_pdf(data, report::paper_of(ctx.ws().center().settings().paper_size)));
  return {json, pdf};
}

bool export_titular_from_file(wxWindow* parent, DeskContext& ctx, const Enterprise& e) {
  wxDirDialog chooser(parent, _("Carpeta donde guardar los datos de la persona"),
                      wxStandardPaths::Get().GetDocumentsDir());
  if (chooser.ShowModal() != wxID_OK) return false;
  bool done = false;
  guarded(parent, [&] {
    const auto files =
        write_person_export(ctx, e.titular.dui, std::filesystem::path(to_utf8(chooser.GetPath())));
    done = true;
    wxMessageBox(wxString::Format(_("Datos de %s guardados en:\n%s\n%s\nEntréguelos a la persona; "
                                    "la entrega quedó en la bitácora."),
                                  to_wx(e.titular.nombre), to_wx(files[0].string()),
                                  to_wx(files[1].string())),
                 _("Datos de la persona"), wxOK | wxICON_INFORMATION, parent);
    wxLaunchDefaultApplication(to_wx(files[1].string()));
  });
  return done;
}

}  // namespace cdmype::ui
