// Translation of UI text through wxTranslations, with Spanish as the source language, and the
// language preference.
#include "ui/i18n.hpp"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <cstdlib>
#include <string_view>

namespace cdmype::ui {

wxString tr(const char* utf8_source) {
  const wxString source = wxString::FromUTF8(utf8_source);
  if (wxTranslations* t = wxTranslations::Get()) {
    if (const wxString* found = t->GetTranslatedString(source)) return *found;
  }
  return source;
}

namespace {

const wxString kLanguageKey = wxString::FromUTF8("/ui/language");
const wxString kDomain = wxString::FromUTF8("cdmype");

// Installed catalogs live in <prefix>/share/locale/<lang>/LC_MESSAGES/cdmype.mo;
// a build tree keeps them next to the executable under locale/. The loader's
// list is global, so the folders are added once.
void add_standard_catalog_folders() {
  static bool added = false;
  if (added) return;
  added = true;
  add_catalog_folder(wxStandardPaths::Get().GetResourcesDir() + wxString::FromUTF8("/../locale"));
  add_catalog_folder(wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath() +
                     wxString::FromUTF8("/locale"));
}

// The locale a POSIX program shows its messages in is the first of LC_ALL,
// LC_MESSAGES and LANG that is set; "C" or "POSIX" (any codeset: C.UTF-8,
// C.utf8), or none set at all, asks for no language (a fresh Debian, a
// container): the source texts, Spanish. gettext also ignores LANGUAGE
// then. wxUILocale answers English for such a system, hence this check.
bool system_locale_is_c() {
#ifdef __WINDOWS__
  return false;  // Windows has no C locale setting: its UI language decides
#else
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    const std::string_view locale(value);
    const std::string_view base = locale.substr(0, locale.find_first_of(".@"));
    return base == "C" || base == "POSIX";
  }
  return true;
#endif
}

// The catalog for the system's preferred languages (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), first match wins; empty for Spanish, the source, or
// when we ship no catalog for any of them. wxLocale::GetSystemLanguage()
// is not used: it answers "unknown" when the system lacks that C locale
// (en_US.UTF-8 not generated), though the user asked for English.
wxString system_catalog(wxTranslations& translations) {
  if (system_locale_is_c()) return wxString();
  const auto available = translations.GetAvailableTranslations(kDomain);
  for (const wxString& preferred : wxUILocale::GetPreferredUILanguages()) {
    const wxString base = preferred.BeforeFirst('_').BeforeFirst('-');
    if (base == wxString::FromUTF8("es")) return wxString();
    for (const auto& a : available)
      if (a == preferred || a == base) return a;
  }
  return wxString();
}

}  // namespace

UiLanguage stored_language() {
  wxString value;
  if (wxConfigBase* config = wxConfigBase::Get(false)) config->Read(kLanguageKey, &value);
  if (value == wxString::FromUTF8("es")) return UiLanguage::Spanish;
  if (value == wxString::FromUTF8("en")) return UiLanguage::English;
  return UiLanguage::System;
}

void store_language(UiLanguage language) {
  wxConfigBase* config = wxConfigBase::Get(false);
  if (!config) return;
  const char* value = language == UiLanguage::Spanish   ? "es"
                      : language == UiLanguage::English ? "en"
                                                        : "system";
  config->Write(kLanguageKey, wxString::FromUTF8(value));
  config->Flush();
}

void add_catalog_folder(const wxString& folder) {
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(folder);
}

void setup_translations() {
  if (wxTranslations::Get()) return;
  use_language(stored_language());
}

void use_language(UiLanguage language) {
  add_standard_catalog_folders();
  auto* translations = new wxTranslations();
  wxTranslations::Set(translations);  // deletes the previous one
  wxString catalog;
  if (language == UiLanguage::English) catalog = wxString::FromUTF8("en");
  if (language == UiLanguage::System) catalog = system_catalog(*translations);
  // Spanish, or a system language we have no catalog for: the source texts.
  // wx's own strings (stock buttons) follow the same choice.
  if (catalog.empty())
    translations->SetLanguage(wxLANGUAGE_SPANISH);
  else
    translations->SetLanguage(catalog);
  translations->AddStdCatalog();
  translations->AddCatalog(kDomain, wxLANGUAGE_SPANISH);
}

UiLanguage current_language() {
  wxTranslations* t = wxTranslations::Get();
  return t && t->IsLoaded(kDomain) ? UiLanguage::English : UiLanguage::Spanish;
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
