// The passphrase of an encrypted backup: too short and mistyped are said under the fields.
#include <wx/textctrl.h>

#include "ui/backup_passphrase_dialog.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {
namespace {

class BackupPassphraseTest : public UiTest {};

TEST_F(BackupPassphraseTest, ShortOrMistypedPhrasesAreRefusedInline) {
  ui::BackupPassphraseDialog dialog(nullptr);
  dialog.Show();
  dialog.phrase()->SetValue(wxString::FromUTF8("Ñandú 2026"));
  dialog.repeat()->SetValue(wxString::FromUTF8("Ñandú 2026"));
  EXPECT_FALSE(dialog.try_accept());
  EXPECT_NE(dialog.error_text().utf8_string().find("al menos 12"), std::string::npos)
      << dialog.error_text().utf8_string();
  screenshot(&dialog, "92-copia-cifrada-frase-corta");

  dialog.phrase()->SetValue(wxString::FromUTF8("guayabas de Citalá en diciembre"));
  dialog.repeat()->SetValue(wxString::FromUTF8("guayabas de Citala en diciembre"));
  EXPECT_FALSE(dialog.try_accept());
  EXPECT_NE(dialog.error_text().utf8_string().find("no coinciden"), std::string::npos);

  dialog.repeat()->SetValue(wxString::FromUTF8("guayabas de Citalá en diciembre"));
  EXPECT_TRUE(dialog.try_accept());
  EXPECT_EQ(dialog.passphrase(), "guayabas de Citalá en diciembre");
}

}  // namespace
}  // namespace cdmype::testing_support
