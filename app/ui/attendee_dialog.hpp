// Adding a participant to a training: a person (name, sex), from an enterprise on file or not;
// one without a file gives their own consent.
#pragma once
#include <wx/dialog.h>

#include <memory>
#include <optional>

#include "core/training.hpp"

class wxChoice;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class EnterprisePicker;
class IntakeConsentBoxes;

class AttendeeDialog : public wxDialog {
 public:
  AttendeeDialog(wxWindow* parent, DeskContext& ctx, const Training& training);
  ~AttendeeDialog() override;

  // Records the participant through TrainingService (problems shown, dialog kept); closes with
  // wxID_OK on success.
  std::optional<TrainingAttendee> save();

  EnterprisePicker* empresa() const { return empresa_; }
  wxTextCtrl* nombre() const { return nombre_; }
  wxChoice* sexo() const { return sexo_; }
  const IntakeConsentBoxes& consent() const { return *consent_; }

 private:
  DeskContext& ctx_;
  std::int64_t training_id_;
  EnterprisePicker* empresa_;
  wxTextCtrl* nombre_;
  wxChoice* sexo_;
  std::unique_ptr<IntakeConsentBoxes> consent_;
  Date training_date_;
};

}  // namespace cdmype::ui
