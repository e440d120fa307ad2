// Budget bar painting: executed (dark) inside committed (light) over the fund; red when overdrawn.
#include "ui/budget_bar.hpp"

#include <wx/dcclient.h>

#include <algorithm>

#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

constexpr int kPad = 8;
constexpr int kBarHeight = 14;

wxString money(Money m) { return to_wx(format_money(m)); }

int scaled(int width, Money part, Money whole) {
  if (whole.cents <= 0) return 0;
  const double share = static_cast<double>(part.cents) / static_cast<double>(whole.cents);
  return static_cast<int>(width * std::clamp(share, 0.0, 1.0));
}

}  // namespace

wxString budget_summary(const BudgetFigures& f) {
  if (!f.fondo)
    return wxString::Format(_("Fondo de AT %d: sin presupuesto definido (comprometido %s, "
                              "ejecutado %s)"),
                            f.year, money(f.committed), money(f.executed));
  return wxString::Format(_("Fondo de AT %d: comprometido %s · ejecutado %s · disponible %s de %s"),
                          f.year, money(f.committed), money(f.executed),
                          money(f.remaining.value_or(Money{})), money(*f.fondo));
}

BudgetBar::BudgetBar(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE) {
  Bind(wxEVT_PAINT, &BudgetBar::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void BudgetBar::set_figures(const BudgetFigures& figures) {
  figures_ = figures;
  summary_ = budget_summary(figures);
  SetToolTip(summary_);
  SetName(summary_);
  Refresh();
}

wxSize BudgetBar::DoGetBestClientSize() const {
  return FromDIP(wxSize(400, kBarHeight + kPad / 2 + 2)) + wxSize(0, GetCharHeight());
}

void BudgetBar::on_paint(wxPaintEvent&) {
  wxPaintDC dc(this);  // over the parent's own background (a panel or a box)
  dc.SetFont(GetFont());
  dc.SetTextForeground(wxColour(40, 40, 40));
  const int pad = FromDIP(kPad);
  dc.DrawText(summary_, 0, 0);
  const int top = GetCharHeight() + pad / 2;
  const int width = std::max(10, GetClientSize().x - 2);
  const int height = FromDIP(kBarHeight);
  dc.SetPen(wxPen(wxColour(170, 170, 170)));
  dc.SetBrush(wxBrush(wxColour(235, 235, 235)));
  dc.DrawRectangle(0, top, width, height);
  if (!figures_.fondo) return;  // no fund: nothing to fill
  const bool overdrawn = figures_.remaining && figures_.remaining->cents < 0;
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(overdrawn ? wxColour(214, 80, 60) : wxColour(120, 180, 230)));
  dc.DrawRectangle(1, top + 1, scaled(width - 2, figures_.committed, *figures_.fondo), height - 2);
  dc.SetBrush(wxBrush(wxColour(0, 94, 160)));
  dc.DrawRectangle(1, top + 1, scaled(width - 2, figures_.executed, *figures_.fondo), height - 2);
}

}  // namespace cdmype::ui
