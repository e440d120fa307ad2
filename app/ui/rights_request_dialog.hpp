// Registers a person's data-protection request: name, DUI (optional), the right, received date;
// the service computes the deadline.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/rights_request.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DateField;

class RightsRequestDialog : public wxDialog {
 public:
  RightsRequestDialog(wxWindow* parent, DeskContext& ctx);

  // Stores the request (errors shown, the dialog stays open); the stored one or nullopt.
  std::optional<RightsRequest> save();

  wxTextCtrl* nombre() const { return nombre_; }
  wxTextCtrl* dui() const { return dui_; }
  wxChoice* derecho() const { return derecho_; }
  DateField* recibida() const { return recibida_; }

 private:
  DeskContext& ctx_;
  wxTextCtrl* nombre_;
  wxTextCtrl* dui_;
  wxChoice* derecho_;
  DateField* recibida_;
};

}  // namespace cdmype::ui
