// Translation of UI text through wxTranslations, with Spanish as the source language.
#include "ui/i18n.hpp"

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

namespace cdmype::ui {

wxString tr(const char* utf8_source) {
  const wxString source = wxString::FromUTF8(utf8_source);
  if (wxTranslations* t = wxTranslations::Get()) {
    if (const wxString* found = t->GetTranslatedString(source)) return *found;
  }
  return source;
}

void setup_translations() {
  if (wxTranslations::Get()) return;
  auto* translations = new wxTranslations();
  wxTranslations::Set(translations);
  // Installed catalogs live in <prefix>/share/locale/<lang>/LC_MESSAGES/cdmype.mo;
  // a build tree keeps them next to the executable under locale/.
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
      wxStandardPaths::Get().GetResourcesDir() + wxString::FromUTF8("/../locale"));
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
      wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath() +
      wxString::FromUTF8("/locale"));
  translations->AddCatalog(wxString::FromUTF8("cdmype"), wxLANGUAGE_SPANISH);
}

}  // namespace cdmype::ui
