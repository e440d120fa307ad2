// The save chooser, then wxLaunchDefaultApplication.
#include "ui/save_pdf.hpp"

#include <wx/filedlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

bool save_and_open_pdf(wxWindow* parent, const wxString& title, const wxString& file_name,
                       const std::function<void(const std::filesystem::path&)>& write) {
  wxFileDialog chooser(parent, title, wxStandardPaths::Get().GetDocumentsDir(), file_name,
                       _("Documento PDF (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (chooser.ShowModal() != wxID_OK) return false;
  return guarded(parent, [&] {
    write(std::filesystem::path(to_utf8(chooser.GetPath())));
    wxLaunchDefaultApplication(chooser.GetPath());
  });
}

}  // namespace cdmype::ui
