// An amber "DEMOSTRACIÓN" strip that cannot be missed.
#include "ui/demo_banner.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/i18n.hpp"

namespace cdmype::ui {

DemoBanner::DemoBanner(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundColour(wxColour(255, 193, 7));
  auto* title = new wxStaticText(this, wxID_ANY, _("DEMOSTRACIÓN"));
  wxFont font = title->GetFont();
  font.SetWeight(wxFONTWEIGHT_BOLD);
  font.SetPointSize(font.GetPointSize() + 2);
  title->SetFont(font);
  title->SetForegroundColour(wxColour(33, 33, 33));
  auto* note = new wxStaticText(
      this, wxID_ANY,
      _("Datos inventados para conocer el programa. Lo que guarde aquí no va a la base real."));
  note->SetForegroundColour(wxColour(33, 33, 33));
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(title, 0, wxALIGN_CENTER_VERTICAL | wxALL, 6);
  sizer->Add(note, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  SetSizer(sizer);
}

}  // namespace cdmype::ui
