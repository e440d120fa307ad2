// The AT list reads through AtService (list + detail) and takes steps through ui/at_steps.
#include "ui/at_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/at_request_dialog.hpp"
#include "ui/at_step_bar.hpp"
#include "ui/at_steps.hpp"
#include "ui/budget_bar.hpp"
#include "ui/code_choice.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString date_or_dash(const std::optional<Date>& d) {
  return d ? to_wx(to_display(*d)) : wxString::FromUTF8("—");
}

// What to know about the selected AT beyond its row: subsidy and why, provider, reasons.
wxString detail_of(const services::AtDetail& d) {
  wxString out = to_wx(d.at.codigo) + wxString::FromUTF8(": ") + to_wx(d.at.descripcion);
  if (!d.proveedor.empty()) out += wxString::Format(_("\nProveedor: %s"), to_wx(d.proveedor));
  if (d.at.subsidio)
    out += wxString::Format(
        _("\nSubsidio %s, copago %s (%s)"), to_wx(format_money(d.at.subsidio->subsidio)),
        to_wx(format_money(d.at.subsidio->copago)), to_wx(explain(*d.at.subsidio)));
  if (!d.at.motivo_rechazo.empty())
    out += wxString::Format(_("\nMotivo del rechazo: %s"), to_wx(d.at.motivo_rechazo));
  if (!d.at.motivo_cancelacion.empty())
    out += wxString::Format(_("\nMotivo de la cancelación: %s"), to_wx(d.at.motivo_cancelacion));
  if (d.at.fecha_contratacion) out += wxString::FromUTF8("\n") + payments_summary(d.at);
  if (d.at.calificacion)
    out += wxString::Format(_("\nCalificación del proveedor: %d de 5"), *d.at.calificacion);
  return out;
}

}  // namespace

std::vector<wxString> at_row(const store::AtListEntry& d) {
  return {to_wx(d.at.codigo),
          to_wx(d.empresa_nombre),
          to_wx(d.at.especialidad),
          to_wx(format_money(d.at.costo_total)),
          d.at.subsidio ? to_wx(format_money(d.at.subsidio->subsidio)) : wxString::FromUTF8("—"),
          to_wx(display_of(d.at.estado)),
          date_or_dash(d.at.fecha_solicitud)};
}

AtPanel::AtPanel(wxWindow* parent, DeskContext& ctx) : ScreenPanel(parent), ctx_(ctx) {
  budget_ = new BudgetBar(this);
  estado_ = make_code_choice<AtEstado>(this, _("Todos los estados"));
  estado_->SetName(_("Estado"));
  estado_->SetToolTip(_("Muestra solo las asistencias en este estado"));
  auto* filters = new wxBoxSizer(wxHORIZONTAL);
  filters->Add(new wxStaticText(this, wxID_ANY, _("E&stado:")), 0,
               wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  filters->Add(estado_, 0, wxALIGN_CENTER_VERTICAL);
  filters->AddStretchSpacer();
  if (ctx_.may(Action::RequestAt)) {
    new_ = new wxButton(this, wxID_NEW, _("&Nueva solicitud…"));
    new_->SetToolTip(_("Solicitar una asistencia técnica para una empresa (Ctrl+N)"));
    new_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { request_new(); });
    filters->Add(new_, 0, wxALIGN_CENTER_VERTICAL);
  }
  table_ = new TextTable(this,
                         {{_("Código"), 130},
                          {_("Empresa"), 260},
                          {_("Especialidad"), 180},
                          {_("Costo"), 100},
                          {_("Subsidio"), 100},
                          {_("Estado"), 110},
                          {_("Solicitada"), 100}},
                         _("No hay asistencias técnicas con este filtro."));
  table_->SetName(_("Asistencias técnicas"));
  remember_columns(table_, wxString::FromUTF8("assistances"));
  steps_ = new AtStepBar(
      this, {AtAction::Request, AtAction::Approve, AtAction::Reject, AtAction::Contract,
             AtAction::Start, AtAction::Finish, AtAction::Settle, AtAction::Cancel});
  detail_ = new wxStaticText(this, wxID_ANY, wxString());
  aporte_ = new wxButton(this, wxID_ANY, payment_label(AtPaymentKind::AporteEmpresa));
  aporte_->SetToolTip(_("Dinero del copago que la empresa entregó al centro"));
  pago_ = new wxButton(this, wxID_ANY, payment_label(AtPaymentKind::PagoProveedor));
  pago_->SetToolTip(_("Pago del centro al proveedor por este trabajo"));
  auto* actions = new wxBoxSizer(wxHORIZONTAL);
  actions->Add(steps_, 0, wxALIGN_CENTER_VERTICAL);
  actions->Add(aporte_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  actions->Add(pago_, 0, wxALIGN_CENTER_VERTICAL);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Asistencia técnica")), 0, wxALL, 8);
  sizer->Add(budget_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
  sizer->Add(actions, 0, wxEXPAND | wxALL, 8);
  sizer->Add(detail_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  estado_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { guarded(this, [this] { reload(); }); });
  table_->Bind(wxEVT_LIST_ITEM_SELECTED,
               [this](wxListEvent&) { guarded(this, [this] { show_selected(); }); });
  table_->Bind(wxEVT_LIST_ITEM_DESELECTED,
               [this](wxListEvent&) { guarded(this, [this] { show_selected(); }); });
  steps_->on_step([this](AtAction step) { take_step(step); });
  aporte_->Bind(wxEVT_BUTTON,
                [this](wxCommandEvent&) { take_payment(AtPaymentKind::AporteEmpresa); });
  pago_->Bind(wxEVT_BUTTON,
              [this](wxCommandEvent&) { take_payment(AtPaymentKind::PagoProveedor); });
  wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'N', wxID_NEW}};
  SetAcceleratorTable(wxAcceleratorTable(1, keys));
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { request_new(); }, wxID_NEW);
}

void AtPanel::reload() {
  const auto keep = selected();
  budget_->set_figures(ctx_.ws().budgets().figures(ctx_.actor, today().year()));
  store::AtFilter filter;
  filter.estado = chosen<AtEstado>(estado_, true);
  // One query for the whole list (50,000 AT at national scale); the
  // provider, people and policy are read for the selected row only.
  rows_ = ctx_.ws().assistances().list_entries(ctx_.actor, filter);
  std::vector<TextTable::Row> text;
  text.reserve(rows_.size());
  for (const auto& entry : rows_) text.push_back(at_row(entry));
  table_->set_rows(std::move(text));
  if (!keep || !select(keep->codigo)) show_selected();
}

bool AtPanel::select(const std::string& codigo) {
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].at.codigo != codigo) continue;
    table_->select_row(static_cast<long>(i));
    show_selected();
    return true;
  }
  return false;
}

std::optional<TechnicalAssistance> AtPanel::selected() const {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(rows_.size())) return std::nullopt;
  return rows_[static_cast<size_t>(item)].at;
}

void AtPanel::show_selected() {
  const auto at = selected();
  steps_->show_for(ctx_.actor, at);
  aporte_->Show(at && payment_open(ctx_, *at, AtPaymentKind::AporteEmpresa));
  pago_->Show(at && payment_open(ctx_, *at, AtPaymentKind::PagoProveedor));
  std::optional<services::AtDetail> detail;
  if (at) detail = ctx_.ws().assistances().detail(ctx_.actor, at->codigo);
  detail_->SetLabel(detail ? detail_of(*detail)
                           : _("Elija una asistencia de la lista para ver sus pasos."));
  Layout();
}

void AtPanel::request_new() {
  if (!ctx_.may(Action::RequestAt)) return;
  AtRequestDialog dialog(this, ctx_);
  if (dialog.ShowModal() != wxID_OK || !dialog.created()) return;
  const std::string codigo = dialog.created()->codigo;
  guarded(this, [&] {
    reload();
    select(codigo);
  });
}

void AtPanel::take_payment(AtPaymentKind kind) {
  const auto at = selected();
  if (!at) return;
  if (!ui::take_payment(this, ctx_, *at, kind)) return;
  guarded(this, [this] { reload(); });
}

void AtPanel::take_step(AtAction step) {
  const auto at = selected();
  if (!at) return;
  if (!take_at_step(this, ctx_, *at, step)) return;
  guarded(this, [this] { reload(); });
}

}  // namespace cdmype::ui
