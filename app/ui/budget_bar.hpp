// The year's AT fund as a bar: executed and committed parts of the fund, with the figures in words.
#pragma once
#include <wx/window.h>

#include "core/budget.hpp"

namespace cdmype::ui {

class BudgetBar : public wxWindow {
 public:
  explicit BudgetBar(wxWindow* parent);

  void set_figures(const BudgetFigures& figures);
  // "Fondo de AT 2026: comprometido $3,000.00 · ejecutado $0.00 · disponible $22,000.00 de
  // $25,000.00" or "… sin presupuesto definido (comprometido $3,000.00)".
  const wxString& summary() const { return summary_; }

 private:
  void on_paint(wxPaintEvent& event);
  wxSize DoGetBestClientSize() const override;

  BudgetFigures figures_;
  wxString summary_;
};

// The summary text of `f` (also the bar's tooltip and accessible name).
wxString budget_summary(const BudgetFigures& f);

}  // namespace cdmype::ui
