// The asesor's AT request: enterprise, description, specialty, provider and cost, with the subsidy
// shown live as the cost is typed.
#pragma once
#include <wx/dialog.h>

#include <optional>

#include "core/at_record.hpp"

class wxButton;
class wxComboBox;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class EnterprisePicker;

class AtRequestDialog : public wxDialog {
 public:
  AtRequestDialog(wxWindow* parent, DeskContext& ctx);

  // Writes the AT through AtService: sent to the director (`send`) or kept as a borrador. Problems
  // are shown and the dialog stays; on success it closes with wxID_OK.
  std::optional<TechnicalAssistance> submit(bool send);
  const std::optional<TechnicalAssistance>& created() const { return created_; }
  // Recomputes the preview now (it also follows every change of cost or enterprise).
  void update_preview();

  EnterprisePicker* enterprise() const { return enterprise_; }
  wxTextCtrl* descripcion() const { return descripcion_; }
  wxTextCtrl* especialidad() const { return especialidad_; }
  wxComboBox* proveedor() const { return proveedor_; }
  wxTextCtrl* costo() const { return costo_; }
  wxStaticText* percentage() const { return percentage_; }
  wxStaticText* amounts() const { return amounts_; }
  wxStaticText* why() const { return why_; }
  wxStaticText* warning() const { return warning_; }

 private:
  wxSizer* build_preview();
  wxSizer* build_buttons();

  DeskContext& ctx_;
  EnterprisePicker* enterprise_;
  wxTextCtrl* descripcion_;
  wxTextCtrl* especialidad_;
  wxComboBox* proveedor_;
  wxTextCtrl* costo_;
  wxStaticText* percentage_ = nullptr;
  wxStaticText* amounts_ = nullptr;
  wxStaticText* why_ = nullptr;
  wxStaticText* warning_ = nullptr;
  std::optional<TechnicalAssistance> created_;
};

}  // namespace cdmype::ui
