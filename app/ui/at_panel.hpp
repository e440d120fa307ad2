// Asistencia técnica: the budget bar, the AT list with a state filter, the selected AT's steps and
// the request form for the asesor.
#pragma once
#include <optional>
#include <vector>

#include "core/at_payments.hpp"
#include "services/at_service.hpp"
#include "ui/screen_panel.hpp"

class wxButton;
class wxChoice;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class AtStepBar;
class BudgetBar;
class TextTable;

class AtPanel : public ScreenPanel {
 public:
  AtPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // Opens the request form (modal); reloads after a request was written.
  void request_new();
  // Selects the row of `codigo` (false when the list does not show it).
  bool select(const std::string& codigo);
  std::optional<TechnicalAssistance> selected() const;
  // Takes a step on the selected AT (asking what it needs), then reloads.
  void take_step(AtAction step);
  // Records a co-payment received / a provider payment on the selected AT (compras), then reloads.
  void take_payment(AtPaymentKind kind);

  BudgetBar* budget() const { return budget_; }
  wxChoice* estado_filter() const { return estado_; }
  TextTable* table() const { return table_; }
  AtStepBar* steps() const { return steps_; }
  wxStaticText* detail() const { return detail_; }
  wxButton* new_button() const { return new_; }
  wxButton* payment_button(AtPaymentKind kind) const {
    return kind == AtPaymentKind::AporteEmpresa ? aporte_ : pago_;
  }

 private:
  void show_selected();

  DeskContext& ctx_;
  BudgetBar* budget_;
  wxChoice* estado_;
  wxButton* new_ = nullptr;
  TextTable* table_;
  AtStepBar* steps_;
  wxButton* aporte_;
  wxButton* pago_;
  wxStaticText* detail_;
  std::vector<store::AtListEntry> rows_;
};

// One table row of an AT: código, empresa, especialidad, costo, subsidio, estado, solicitada.
std::vector<wxString> at_row(const store::AtListEntry& d);

}  // namespace cdmype::ui
