// Reads ReferralService::list (ventanilla: only its own) or ::inbox (center); the steps themselves
// live in referral_actions.
#include "ui/referrals_panel.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/dates.hpp"
#include "core/territory.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/referral_actions.hpp"
#include "ui/referral_dialog.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString distrito_name(int id) {
  const Distrito* d = Territory::el_salvador().by_id(id);
  return d ? to_wx(d->nombre) : wxString();
}

wxButton* make_action(wxWindow* parent, wxSizer* row, const wxString& label, const wxString& tip) {
  auto* b = new wxButton(parent, wxID_ANY, label);
  b->SetToolTip(tip);
  row->Add(b, 0, wxRIGHT, 6);
  return b;
}

}  // namespace

ReferralsPanel::ReferralsPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  const bool center = is_center();
  table_ = new TextTable(
      this,
      {{_("Remisión"), 90},
       {_("Fecha"), 90},
       {_("Persona"), 200},
       {_("Distrito"), 140},
       {_("Sector"), 150},
       {_("Necesidad"), 280},
       {_("Estado"), 100}},
      center ? _("No hay remisiones pendientes.") : _("Todavía no ha registrado remisiones."));
  table_->SetName(center ? _("Remisiones pendientes") : _("Mis remisiones"));
  remember_columns(table_, wxString::FromUTF8("referrals"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  add_ = new wxButton(this, wxID_NEW, _("&Nueva remisión…"));
  add_->SetToolTip(_("Registrar una persona remitida al centro (Ctrl+N)"));
  buttons->Add(add_, 0, wxRIGHT, 18);
  if (center) {
    assign_ = make_action(this, buttons, _("&Asignar…"), _("Asignar la remisión a un asesor"));
    link_ = make_action(this, buttons, _("&Vincular a expediente…"),
                        _("La empresa ya tiene expediente: vincular la remisión"));
    open_file_ = make_action(this, buttons, _("Abrir &expediente…"),
                             _("Abrir un expediente nuevo con los datos de la remisión"));
    decline_ = make_action(this, buttons, _("No &procede…"),
                           _("Cerrar la remisión sin atenderla; pide el motivo"));
  }
  auto* note = new wxStaticText(
      this, wxID_ANY,
      center
          ? _("Remisiones pendientes: las recibidas (la más antigua primero), luego las asignadas.")
          : _("Las remisiones que usted registró y en qué estado las tiene el centro."));
  note->SetForegroundColour(wxColour(90, 90, 90));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, center ? _("Remisiones") : _("Mis remisiones")), 0, wxALL, 8);
  sizer->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
  if (center) {
    assign_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { assign_selected(); });
    link_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { link_selected(); });
    open_file_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_file_selected(); });
    decline_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decline_selected(); });
    table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    table_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
  }
  wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'N', wxID_NEW}};
  SetAcceleratorTable(wxAcceleratorTable(1, keys));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { add(); }, wxID_NEW);
}

bool ReferralsPanel::is_center() const { return ctx_.may(Action::ManageReferrals); }

void ReferralsPanel::reload() {
  auto service = ctx_.ws().referrals();
  if (is_center()) {
    // The inbox, then those already assigned: they still wait to be linked or declined.
    rows_ = service.inbox(ctx_.actor);
    store::ReferralFilter assigned;
    assigned.estado = EstadoRemision::Asignada;
    for (auto& r : service.list(ctx_.actor, assigned)) rows_.push_back(std::move(r));
  } else {
    rows_ = service.list(ctx_.actor);
  }
  std::vector<TextTable::Row> text;
  for (const auto& r : rows_)
    text.push_back({to_wx(short_id(r)), to_wx(to_display(r.fecha)), to_wx(r.nombre),
                    distrito_name(r.distrito_id), to_wx(display_of(r.sector)), to_wx(r.necesidad),
                    to_wx(display_of(r.estado))});
  table_->set_rows(std::move(text));
  if (is_center() && !rows_.empty()) table_->select_row(0);
  update_buttons();
}

void ReferralsPanel::add() {
  ReferralDialog dialog(this, ctx_);
  after(dialog.ShowModal() == wxID_OK);
}

std::optional<Referral> ReferralsPanel::selected() const {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(rows_.size())) return std::nullopt;
  return rows_[static_cast<size_t>(item)];
}

void ReferralsPanel::update_buttons() {
  if (!is_center()) return;
  const bool any = selected().has_value();
  for (wxButton* b : {assign_, link_, open_file_, decline_}) b->Enable(any);
}

void ReferralsPanel::after(bool changed) {
  if (changed) guarded(this, [this] { reload(); });
}

void ReferralsPanel::assign_selected() {
  if (const auto r = selected()) after(assign_referral(this, ctx_, *r));
}

void ReferralsPanel::link_selected() {
  if (const auto r = selected()) after(link_referral(this, ctx_, *r));
}

bool ReferralsPanel::open_file_selected() {
  const auto r = selected();
  const bool opened = r && open_referral_file(this, ctx_, *r);
  after(opened);
  return opened;
}

void ReferralsPanel::decline_selected() {
  if (const auto r = selected()) after(decline_referral(this, ctx_, *r));
}

}  // namespace cdmype::ui
