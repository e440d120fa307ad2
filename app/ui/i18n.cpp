// Translation of UI text through wxTranslations, with Spanish as the source language.
#include "ui/i18n.hpp"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/intl.h>
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
  // The UI speaks the system language when a catalog exists for it and
  // Spanish (the source) otherwise; wx's own strings follow the same choice.
  const wxString lang = wxLocale::GetLanguageCanonicalName(wxLocale::GetSystemLanguage());
  // Installed catalogs live in <prefix>/share/locale/<lang>/LC_MESSAGES/cdmype.mo;
  // a build tree keeps them next to the executable under locale/.
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxStandardPaths::Get().GetResourcesDir() +
                                                       wxString::FromUTF8("/../locale"));
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
      wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath() +
      wxString::FromUTF8("/locale"));
  const auto available = translations->GetAvailableTranslations(wxString::FromUTF8("cdmype"));
  bool have = false;
  for (const auto& a : available)
    if (!lang.empty() && (a == lang || a == lang.BeforeFirst('_'))) have = true;
  if (!have) translations->SetLanguage(wxLANGUAGE_SPANISH);
  translations->AddStdCatalog();
  translations->AddCatalog(wxString::FromUTF8("cdmype"), wxLANGUAGE_SPANISH);
}

void label_stock_buttons(wxWindow* dialog) {
  const std::pair<int, const char*> labels[] = {{wxID_CANCEL, N_("Cancelar")},
                                                {wxID_OK, N_("Aceptar")}};
  for (const auto& [id, text] : labels)
    if (auto* button = dynamic_cast<wxButton*>(dialog->FindWindow(id))) {
      // A label still in English means no catalog translated it.
      const wxString current = button->GetLabel();
      if (current.Contains(wxString::FromUTF8("Cancel")) ||
          current.Contains(wxString::FromUTF8("OK")))
        button->SetLabel(tr(text));
    }
}

}  // namespace cdmype::ui
