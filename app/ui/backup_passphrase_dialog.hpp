// The passphrase of a backup taken off the office PC, typed twice, checked before the copy starts.
#pragma once
#include <wx/dialog.h>

#include <string>

class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

class BackupPassphraseDialog : public wxDialog {
 public:
  explicit BackupPassphraseDialog(wxWindow* parent);

  // Checks length and that both fields match; shows the problem inline and returns false.
  bool try_accept();
  std::string passphrase() const;

  wxTextCtrl* phrase() const { return phrase_; }
  wxTextCtrl* repeat() const { return repeat_; }
  wxString error_text() const;

 private:
  wxTextCtrl* phrase_;
  wxTextCtrl* repeat_;
  wxStaticText* error_;
};

}  // namespace cdmype::ui
