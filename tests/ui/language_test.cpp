// The English catalog and the language preference: the main window's menus and navigation in
// English, the system language choosing the catalog, the stored choice overriding it.
#include <wx/listbox.h>
#include <wx/menu.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "ui/i18n.hpp"
#include "ui/main_frame.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

using ui::UiLanguage;

std::vector<std::string> navigation_texts(ui::MainFrame* f) {
  std::vector<std::string> texts;
  for (unsigned i = 0; i < f->navigation()->GetCount(); ++i)
    texts.push_back(f->navigation()->GetString(i).utf8_string());
  return texts;
}

std::vector<std::string> menu_titles(ui::MainFrame* f) {
  std::vector<std::string> titles;
  for (size_t i = 0; i < f->GetMenuBar()->GetMenuCount(); ++i)
    titles.push_back(f->GetMenuBar()->GetMenuLabelText(i).utf8_string());
  return titles;
}

// LANG as given (nullptr: unset), nothing else set.
void use_system_language(const char* lang) {
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  unsetenv("LANGUAGE");
  if (lang)
    setenv("LANG", lang, 1);
  else
    unsetenv("LANG");
  ui::use_language(UiLanguage::System);
}

class LanguageTest : public UiTest {
 protected:
  void SetUp() override {
    UiTest::SetUp();
    // The build compiles en.po into <build>/app/locale, next to cdmype.
    ui::add_catalog_folder(wxString::FromUTF8(CDMYPE_BINARY_DIR "/app/locale"));
    if (const char* lang = std::getenv("LANG")) saved_lang_ = lang;
  }
  void TearDown() override {
    UiTest::TearDown();
    unsetenv("LC_ALL");
    unsetenv("LANGUAGE");
    setenv("LANG", saved_lang_.c_str(), 1);
    ui::store_language(UiLanguage::System);
    ui::use_language(UiLanguage::Spanish);
  }

 private:
  std::string saved_lang_ = "C.UTF-8";
};

TEST_F(LanguageTest, TheMainWindowSpeaksEnglishWithTheEnglishCatalog) {
  ui::use_language(UiLanguage::English);
  ASSERT_EQ(ui::current_language(), UiLanguage::English)
      << "falta <build>/app/locale/en/LC_MESSAGES/cdmype.mo (target cdmype_translations)";
  auto* f = open_main_frame();
  const auto nav = navigation_texts(f);
  ASSERT_GE(nav.size(), 9u);
  EXPECT_EQ(nav[0], "Home");
  EXPECT_EQ(nav[1], "Enterprises");
  EXPECT_EQ(nav[2], "Sessions");
  EXPECT_EQ(nav[3], "Technical assistance");
  EXPECT_EQ(nav[4], "Approvals");
  EXPECT_EQ(nav[5], "Referrals");
  EXPECT_EQ(nav.back(), "Settings");
  EXPECT_EQ(menu_titles(f), (std::vector<std::string>{"File", "View", "Help"}));
  // Placeholders survive translation.
  EXPECT_EQ(wxString::Format(_("%lld empresas"), 40LL).utf8_string(), "40 enterprises");
  EXPECT_EQ(wxString::Format(_("Municipio: %s · Departamento: %s"), wxString::FromUTF8("Citalá"),
                             wxString::FromUTF8("Chalatenango"))
                .utf8_string(),
            "Municipality: Citalá · Department: Chalatenango");
  screenshot(f, "90-main-window-english");
}

TEST_F(LanguageTest, TheSystemLanguageChoosesTheCatalogWhenThereIsOne) {
  use_system_language("en_US.UTF-8");
  EXPECT_EQ(ui::current_language(), UiLanguage::English);
  EXPECT_EQ(_("Empresas").utf8_string(), "Enterprises");
  use_system_language("es_SV.UTF-8");
  EXPECT_EQ(ui::current_language(), UiLanguage::Spanish);
  EXPECT_EQ(_("Empresas").utf8_string(), "Empresas");
  // No French catalog: the source language, Spanish.
  use_system_language("fr_FR.UTF-8");
  EXPECT_EQ(ui::current_language(), UiLanguage::Spanish);
  EXPECT_EQ(_("Configuración").utf8_string(), "Configuración");
}

// A fresh Debian or a container runs with LANG=C.UTF-8, or nothing: Spanish,
// the source language, not English.
TEST_F(LanguageTest, ACOrPosixLocaleOrNoneShowsSpanish) {
  for (const char* lang : {"C", "C.UTF-8", "C.utf8", "POSIX"}) {
    use_system_language(lang);
    EXPECT_EQ(ui::current_language(), UiLanguage::Spanish) << "LANG=" << lang;
    EXPECT_EQ(_("Empresas").utf8_string(), "Empresas") << "LANG=" << lang;
  }
  use_system_language(nullptr);
  EXPECT_EQ(ui::current_language(), UiLanguage::Spanish) << "LANG sin definir";
  EXPECT_EQ(_("Sesiones").utf8_string(), "Sesiones");
  // LC_ALL wins over LANG, either way.
  use_system_language("en_US.UTF-8");
  setenv("LC_ALL", "C", 1);
  ui::use_language(UiLanguage::System);
  EXPECT_EQ(ui::current_language(), UiLanguage::Spanish) << "LC_ALL=C";
  use_system_language("C.UTF-8");
  setenv("LC_ALL", "en_US.UTF-8", 1);
  ui::use_language(UiLanguage::System);
  EXPECT_EQ(ui::current_language(), UiLanguage::English) << "LC_ALL=en_US.UTF-8";
  // As gettext does, LANGUAGE does not override a C locale.
  use_system_language("C.UTF-8");
  setenv("LANGUAGE", "en", 1);
  ui::use_language(UiLanguage::System);
  EXPECT_EQ(ui::current_language(), UiLanguage::Spanish) << "LANGUAGE=en LANG=C.UTF-8";
  unsetenv("LANGUAGE");
  unsetenv("LC_ALL");
  // English only when the system asks for it…
  use_system_language("en_US.UTF-8");
  EXPECT_EQ(ui::current_language(), UiLanguage::English);
  use_system_language("en_GB.UTF-8");
  EXPECT_EQ(ui::current_language(), UiLanguage::English);
  // …or the person does (Ver → Idioma → English), whatever the system says.
  use_system_language("C.UTF-8");
  ui::store_language(UiLanguage::English);
  ui::use_language(ui::stored_language());
  EXPECT_EQ(ui::current_language(), UiLanguage::English);
  EXPECT_EQ(_("Empresas").utf8_string(), "Enterprises");
  ui::store_language(UiLanguage::Spanish);
  use_system_language("en_US.UTF-8");
  ui::use_language(ui::stored_language());
  EXPECT_EQ(ui::current_language(), UiLanguage::Spanish);
}

TEST_F(LanguageTest, TheMainWindowUnderACLocaleIsInSpanish) {
  use_system_language("C.UTF-8");
  auto* f = open_main_frame();
  const auto nav = navigation_texts(f);
  ASSERT_GE(nav.size(), 2u);
  EXPECT_EQ(nav[0], "Inicio");
  EXPECT_EQ(nav[1], "Empresas");
  EXPECT_EQ(menu_titles(f), (std::vector<std::string>{"Archivo", "Ver", "Ayuda"}));
  screenshot(f, "91-main-window-c-locale");
}

TEST_F(LanguageTest, TheStoredPreferenceOverridesTheSystemAndShowsInTheMenu) {
  EXPECT_EQ(ui::stored_language(), UiLanguage::System);
  ui::store_language(UiLanguage::English);
  EXPECT_EQ(ui::stored_language(), UiLanguage::English);
  setenv("LANG", "es_SV.UTF-8", 1);
  ui::use_language(ui::stored_language());
  EXPECT_EQ(_("Sesiones").utf8_string(), "Sessions");

  ui::store_language(UiLanguage::Spanish);
  ui::use_language(ui::stored_language());
  auto* f = open_main_frame();
  // Ver → Idioma lists the three choices with the stored one checked.
  wxMenu* view = f->GetMenuBar()->GetMenu(1);
  wxMenuItem* idioma = view->FindItem(view->FindItem(wxString::FromUTF8("Idioma")));
  ASSERT_NE(idioma, nullptr);
  ASSERT_NE(idioma->GetSubMenu(), nullptr);
  const auto& items = idioma->GetSubMenu()->GetMenuItems();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]->GetItemLabelText().utf8_string(), "Según el sistema");
  EXPECT_FALSE(items[0]->IsChecked());
  EXPECT_EQ(items[1]->GetItemLabelText().utf8_string(), "Español");
  EXPECT_TRUE(items[1]->IsChecked());
  EXPECT_EQ(items[2]->GetItemLabelText().utf8_string(), "English");
}

}  // namespace
}  // namespace cdmype::testing_support
