// The Sesiones screen: form + month list, the list refreshed after each save.
#include "ui/sessions_panel.hpp"

#include <wx/sizer.h>
#include <wx/statline.h>

#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/month_sessions_list.hpp"
#include "ui/session_form.hpp"

namespace cdmype::ui {
namespace {

YearMonth this_month() {
  const Date d = today();
  return YearMonth{d.year(), d.month()};
}

}  // namespace

SessionsPanel::SessionsPanel(wxWindow* parent, DeskContext& ctx) : ScreenPanel(parent), ctx_(ctx) {
  form_ = new SessionForm(this, ctx_);
  list_ = new MonthSessionsList(this, ctx_);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Registrar una sesión de asesoría")), 0, wxALL, 8);
  sizer->Add(form_, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
  sizer->Add(new wxStaticLine(this), 0, wxEXPAND | wxALL, 8);
  sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);
  form_->on_saved([this](const AdvisorySession&) { guarded(this, [this] { reload(); }); });
}

void SessionsPanel::reload() {
  list_->load(this_month());
  form_->focus_first();
}

}  // namespace cdmype::ui
