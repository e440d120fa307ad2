// Asks for the reason of a step (rejecting or cancelling an AT): Enter accepts, Escape cancels.
#pragma once
#include <wx/dialog.h>

class wxButton;
class wxTextCtrl;

namespace cdmype::ui {

class ReasonDialog : public wxDialog {
 public:
  // With `required`, Aceptar stays disabled until something is written.
  ReasonDialog(wxWindow* parent, const wxString& title, const wxString& prompt, bool required);

  wxTextCtrl* text() const { return text_; }
  wxButton* ok_button() const { return ok_; }
  wxString reason() const;

 private:
  wxTextCtrl* text_;
  wxButton* ok_;
  bool required_;
};

}  // namespace cdmype::ui
