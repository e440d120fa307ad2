// The quick session form: enterprise, date (today), minutes, modalidad, área, tema, acuerdos, next
// step; Enter saves.
#pragma once
#include <wx/panel.h>

#include <functional>
#include <optional>

#include "core/advisory_session.hpp"

class wxButton;
class wxChoice;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DateField;
class EnterprisePicker;

class SessionForm : public wxPanel {
 public:
  SessionForm(wxWindow* parent, DeskContext& ctx);

  // Logs the session through SessionService (problems shown, form kept);
  // returns the stored session, then clears the per-session fields.
  std::optional<AdvisorySession> save();
  void on_saved(std::function<void(const AdvisorySession&)> cb) { saved_ = std::move(cb); }
  void focus_first();

  EnterprisePicker* enterprise() const { return enterprise_; }
  DateField* fecha() const { return fecha_; }
  wxSpinCtrl* duracion() const { return duracion_; }
  wxChoice* modalidad() const { return modalidad_; }
  wxChoice* area() const { return area_; }
  wxTextCtrl* tema() const { return tema_; }
  wxTextCtrl* acuerdos() const { return acuerdos_; }
  wxTextCtrl* proximo_paso() const { return proximo_paso_; }
  DateField* fecha_proximo() const { return fecha_proximo_; }
  wxButton* save_button() const { return save_button_; }
  wxStaticText* status() const { return status_; }

 private:
  AdvisorySession collect() const;
  void clear_after_save();

  DeskContext& ctx_;
  EnterprisePicker* enterprise_;
  DateField* fecha_;
  wxSpinCtrl* duracion_;
  wxChoice* modalidad_;
  wxChoice* area_;
  wxTextCtrl* tema_;
  wxTextCtrl* acuerdos_;
  wxTextCtrl* proximo_paso_;
  DateField* fecha_proximo_;
  wxButton* save_button_;
  wxStaticText* status_;
  std::function<void(const AdvisorySession&)> saved_;
};

}  // namespace cdmype::ui
