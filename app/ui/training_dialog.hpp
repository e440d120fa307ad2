// Adding or editing one training (capacitación): título, tema, institución socia, fecha, horas,
// lugar.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/training.hpp"

class wxComboBox;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DateField;

class TrainingDialog : public wxDialog {
 public:
  // `existing` empty: a new training dated today.
  TrainingDialog(wxWindow* parent, DeskContext& ctx, std::optional<Training> existing);

  // Saves through TrainingService (problems shown, dialog kept); closes with wxID_OK on success.
  std::optional<Training> save();

  wxTextCtrl* titulo() const { return titulo_; }
  wxTextCtrl* tema() const { return tema_; }
  wxComboBox* institucion() const { return institucion_; }
  DateField* fecha() const { return fecha_; }
  wxTextCtrl* horas() const { return horas_; }
  wxTextCtrl* lugar() const { return lugar_; }

 private:
  DeskContext& ctx_;
  std::optional<Training> existing_;
  wxTextCtrl* titulo_;
  wxTextCtrl* tema_;
  wxComboBox* institucion_;
  DateField* fecha_;
  wxTextCtrl* horas_;
  wxTextCtrl* lugar_;
};

}  // namespace cdmype::ui
