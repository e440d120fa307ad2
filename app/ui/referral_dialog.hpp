// The ventanilla's intake form for one referral: the person, how to reach them, where they are,
// what they need, and what they consented to on the form they signed.
#pragma once
#include <wx/dialog.h>

#include <memory>
#include <optional>

#include "core/referral.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DistritoPicker;
class IntakeConsentBoxes;

class ReferralDialog : public wxDialog {
 public:
  ReferralDialog(wxWindow* parent, DeskContext& ctx);
  ~ReferralDialog() override;

  // Records through ReferralService (problems shown, dialog kept); closes with wxID_OK on success.
  std::optional<Referral> save();

  wxTextCtrl* nombre() const { return nombre_; }
  wxChoice* sexo() const { return sexo_; }
  wxTextCtrl* telefono() const { return telefono_; }
  wxTextCtrl* dui() const { return dui_; }
  DistritoPicker* distrito() const { return distrito_; }
  wxChoice* sector() const { return sector_; }
  wxTextCtrl* necesidad() const { return necesidad_; }
  const IntakeConsentBoxes& consent() const { return *consent_; }

 private:
  DeskContext& ctx_;
  wxTextCtrl* nombre_;
  wxChoice* sexo_;
  wxTextCtrl* telefono_;
  wxTextCtrl* dui_;
  DistritoPicker* distrito_;
  wxChoice* sector_;
  wxTextCtrl* necesidad_;
  std::unique_ptr<IntakeConsentBoxes> consent_;
};

}  // namespace cdmype::ui
