// The ventanilla's intake form for one referral: the person, how to reach them, where they are and
// what they need.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/referral.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DistritoPicker;

class ReferralDialog : public wxDialog {
 public:
  ReferralDialog(wxWindow* parent, DeskContext& ctx);

  // Records through ReferralService (problems shown, dialog kept); closes with wxID_OK on success.
  std::optional<Referral> save();

  wxTextCtrl* nombre() const { return nombre_; }
  wxChoice* sexo() const { return sexo_; }
  wxTextCtrl* telefono() const { return telefono_; }
  wxTextCtrl* dui() const { return dui_; }
  DistritoPicker* distrito() const { return distrito_; }
  wxChoice* sector() const { return sector_; }
  wxTextCtrl* necesidad() const { return necesidad_; }

 private:
  DeskContext& ctx_;
  wxTextCtrl* nombre_;
  wxChoice* sexo_;
  wxTextCtrl* telefono_;
  wxTextCtrl* dui_;
  DistritoPicker* distrito_;
  wxChoice* sector_;
  wxTextCtrl* necesidad_;
};

}  // namespace cdmype::ui
