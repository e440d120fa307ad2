// Recording one result of an enterprise: fecha, tipo (ventas, empleos, formalización,
// financiamiento, nuevo mercado), valor in the kind's unit and detalle.
#pragma once
#include <wx/dialog.h>

#include <cstdint>
#include <optional>

#include "core/result_record.hpp"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DateField;

class ResultDialog : public wxDialog {
 public:
  ResultDialog(wxWindow* parent, DeskContext& ctx, std::int64_t enterprise_id);

  // Records through ResultService (problems shown, dialog kept); closes with wxID_OK on success.
  std::optional<ResultRecord> save();
  // Selects a kind and adapts the valor field to it (as choosing it in the list does).
  void select_tipo(TipoResultado tipo);

  DateField* fecha() const { return fecha_; }
  wxChoice* tipo() const { return tipo_; }
  wxTextCtrl* valor() const { return valor_; }
  wxStaticText* unit() const { return unit_; }
  wxTextCtrl* detalle() const { return detalle_; }

 private:
  void adapt_to_tipo();

  DeskContext& ctx_;
  std::int64_t enterprise_id_;
  DateField* fecha_;
  wxChoice* tipo_;
  wxTextCtrl* valor_;
  wxStaticText* unit_;
  wxTextCtrl* detalle_;
};

// How a stored valor reads on screen: "$1,250.00", "3", or "" for formalizations.
wxString result_value_text(const ResultRecord& r);

}  // namespace cdmype::ui
