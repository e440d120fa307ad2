// Records a security breach of personal data: when it was detected, what happened, which data,
// how many people, the measures taken. The 72-hour clock starts at detection.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/data_breach.hpp"

class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;

class BreachDialog : public wxDialog {
 public:
  BreachDialog(wxWindow* parent, DeskContext& ctx);

  // Stores the breach (errors shown, the dialog stays open); the stored one or nullopt.
  std::optional<DataBreach> save();

  wxTextCtrl* detectada() const { return detectada_; }
  wxTextCtrl* descripcion() const { return descripcion_; }
  wxTextCtrl* datos() const { return datos_; }
  wxTextCtrl* personas() const { return personas_; }
  wxTextCtrl* medidas() const { return medidas_; }

 private:
  DeskContext& ctx_;
  wxTextCtrl* detectada_;
  wxTextCtrl* descripcion_;
  wxTextCtrl* datos_;
  wxTextCtrl* personas_;
  wxTextCtrl* medidas_;
};

}  // namespace cdmype::ui
