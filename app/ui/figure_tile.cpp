// A framed tile with a large value, used by the Inicio screen.
#include "ui/figure_tile.hpp"

#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace cdmype::ui {

FigureTile::FigureTile(wxWindow* parent, const wxString& title)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME) {
  SetBackgroundColour(wxColour(250, 250, 250));
  auto* name = new wxStaticText(this, wxID_ANY, title);
  name->SetForegroundColour(wxColour(80, 80, 80));
  value_ = new wxStaticText(this, wxID_ANY, wxString::FromUTF8("—"));
  wxFont big = value_->GetFont();
  big.SetPointSize(big.GetPointSize() * 2 + 2);
  big.SetWeight(wxFONTWEIGHT_BOLD);
  value_->SetFont(big);
  value_->SetForegroundColour(wxColour(0, 86, 145));
  detail_ = new wxStaticText(this, wxID_ANY, wxString());
  gauge_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(-1, 8)));
  goal_ = new wxStaticText(this, wxID_ANY, wxString());
  goal_->SetForegroundColour(wxColour(80, 80, 80));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(name, 0, wxLEFT | wxRIGHT | wxTOP, 10);
  sizer->Add(value_, 0, wxLEFT | wxRIGHT | wxTOP, 10);
  sizer->Add(detail_, 0, wxLEFT | wxRIGHT | wxTOP, 10);
  sizer->Add(gauge_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);
  sizer->Add(goal_, 0, wxALL, 10);
  SetSizer(sizer);
  gauge_->Hide();
}

void FigureTile::set(const wxString& value, const wxString& detail,
                     std::optional<double> goal_percent, const wxString& goal_text) {
  value_->SetLabel(value);
  detail_->SetLabel(detail);
  detail_->SetToolTip(detail);
  gauge_->Show(goal_percent.has_value());
  if (goal_percent) gauge_->SetValue(static_cast<int>(std::clamp(*goal_percent, 0.0, 100.0)));
  goal_->SetLabel(goal_text);
  Layout();
}

wxString FigureTile::value() const { return value_->GetLabel(); }

}  // namespace cdmype::ui
