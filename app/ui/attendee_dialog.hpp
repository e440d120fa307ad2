// Adding a participant to a training: a person (name, sex), from an enterprise on file or not.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/training.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class EnterprisePicker;

class AttendeeDialog : public wxDialog {
 public:
  AttendeeDialog(wxWindow* parent, DeskContext& ctx, const Training& training);

  // Records the participant through TrainingService (problems shown, dialog kept); closes with
  // wxID_OK on success.
  std::optional<TrainingAttendee> save();

  EnterprisePicker* empresa() const { return empresa_; }
  wxTextCtrl* nombre() const { return nombre_; }
  wxChoice* sexo() const { return sexo_; }

 private:
  DeskContext& ctx_;
  std::int64_t training_id_;
  EnterprisePicker* empresa_;
  wxTextCtrl* nombre_;
  wxChoice* sexo_;
};

}  // namespace cdmype::ui
