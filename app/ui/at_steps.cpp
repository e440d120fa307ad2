// Each AT step's dialog: reasons through ReasonDialog, provider and rating through a choice list.
#include "ui/at_steps.hpp"

#include <wx/choicdlg.h>
#include <wx/textdlg.h>

#include <string>
#include <vector>

#include "core/errors.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

// The provider to contract: an active one from the registry (new ones are added under Proveedores).
std::optional<std::string> ask_provider(wxWindow* parent, DeskContext& ctx,
                                        const TechnicalAssistance& at) {
  wxArrayString names;
  std::vector<std::string> plain;
  int current = 0;
  for (const auto& s : ctx.ws().providers().list(ctx.actor)) {
    if (!s.provider.activo) continue;
    if (at.provider_id && s.provider.meta.id == *at.provider_id)
      current = static_cast<int>(names.size());
    plain.push_back(s.provider.nombre);
    names.Add(to_wx(s.provider.nombre) + wxString::FromUTF8(" — ") + to_wx(describe_rating(s)));
  }
  if (names.empty())
    throw UserError(
        to_utf8(_("No hay proveedores activos: agregue uno en la pantalla "
                  "Proveedores antes de contratar.")));
  wxSingleChoiceDialog dialog(parent, _("Elija el proveedor que ejecutará la asistencia:"),
                              wxString::Format(_("Contratar %s"), to_wx(at.codigo)), names);
  dialog.SetName(wxString::FromUTF8("provider_choice"));
  label_stock_buttons(&dialog);
  dialog.SetSelection(current);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  const int i = dialog.GetSelection();
  if (i < 0 || i >= static_cast<int>(plain.size())) return std::nullopt;
  return plain[static_cast<size_t>(i)];
}

// The rating of the provider's work: 1–5, 0 when not rated, -1 when cancelled.
int ask_rating(wxWindow* parent, const TechnicalAssistance& at) {
  wxArrayString choices;
  choices.Add(_("5 — excelente"));
  choices.Add(_("4 — bueno"));
  choices.Add(_("3 — aceptable"));
  choices.Add(_("2 — deficiente"));
  choices.Add(_("1 — malo"));
  choices.Add(_("Sin calificación"));
  wxSingleChoiceDialog dialog(parent, _("¿Cómo fue el trabajo del proveedor?"),
                              wxString::Format(_("Finalizar %s"), to_wx(at.codigo)), choices);
  dialog.SetName(wxString::FromUTF8("rating_choice"));
  label_stock_buttons(&dialog);
  if (dialog.ShowModal() != wxID_OK) return -1;
  const int i = dialog.GetSelection();
  return i >= 0 && i < 5 ? 5 - i : 0;
}

std::optional<wxString> ask_reason(wxWindow* parent, const TechnicalAssistance& at,
                                   AtAction action) {
  const bool reject = action == AtAction::Reject;
  ReasonDialog dialog(
      parent, wxString::Format(reject ? _("Rechazar %s") : _("Cancelar %s"), to_wx(at.codigo)),
      reject ? _("Motivo del rechazo (la asesoría lo verá):") : _("Motivo de la cancelación:"),
      reject);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.reason();
}

}  // namespace

wxString at_step_label(AtAction action) {
  switch (action) {
    case AtAction::Request:
      return _("&Enviar a dirección");
    case AtAction::Approve:
      return _("&Aprobar");
    case AtAction::Reject:
      return _("&Rechazar…");
    case AtAction::Contract:
      return _("C&ontratar…");
    case AtAction::Start:
      return _("&Iniciar");
    case AtAction::Finish:
      return _("&Finalizar…");
    case AtAction::Settle:
      return _("&Liquidar");
    case AtAction::Cancel:
      return _("Cancelar A&T…");
  }
  return wxString();
}

wxString at_step_help(AtAction action) {
  switch (action) {
    case AtAction::Request:
      return _("Envía el borrador a la dirección para su aprobación");
    case AtAction::Approve:
      return _("Aprueba con el subsidio calculado hoy; queda congelado en la asistencia");
    case AtAction::Reject:
      return _("Rechaza la solicitud; pide el motivo");
    case AtAction::Contract:
      return _("Registra el contrato con un proveedor del registro");
    case AtAction::Start:
      return _("El proveedor comenzó el trabajo");
    case AtAction::Finish:
      return _("El trabajo terminó; pide la calificación del proveedor (1 a 5)");
    case AtAction::Settle:
      return _("Pagos cerrados: la asistencia queda liquidada");
    case AtAction::Cancel:
      return _("Cancela la asistencia; pide el motivo");
  }
  return wxString();
}

std::optional<TechnicalAssistance> take_at_step(wxWindow* parent, DeskContext& ctx,
                                                const TechnicalAssistance& at, AtAction action) {
  std::optional<TechnicalAssistance> after;
  guarded(parent, [&] {
    AtStepInput input;
    std::string proveedor;
    if (action == AtAction::Reject || action == AtAction::Cancel) {
      const auto reason = ask_reason(parent, at, action);
      if (!reason) return;
      input.motivo = to_utf8(*reason);
    } else if (action == AtAction::Contract) {
      const auto name = ask_provider(parent, ctx, at);
      if (!name) return;
      proveedor = *name;
    } else if (action == AtAction::Finish) {
      const int rating = ask_rating(parent, at);
      if (rating < 0) return;
      if (rating > 0) input.calificacion = rating;
    }
    after = ctx.ws().assistances().step(ctx.actor, at.codigo, action, input, proveedor);
  });
  return after;
}

wxString payment_label(AtPaymentKind kind) {
  return kind == AtPaymentKind::AporteEmpresa ? _("Re&gistrar aporte…") : _("&Pagar al proveedor…");
}

bool payment_open(const DeskContext& ctx, const TechnicalAssistance& at, AtPaymentKind kind) {
  if (!ctx.may(Action::ContractAt)) return false;
  switch (at.estado) {
    case AtEstado::Contratada:
    case AtEstado::EnEjecucion:
    case AtEstado::Finalizada:
      return payment_made(at, kind) < payment_owed(at, kind);
    default:
      return false;
  }
}

wxString payments_summary(const TechnicalAssistance& at) {
  auto money = [](Money m) { return to_wx(format_money(m)); };
  return wxString::Format(
      _("Aporte de la empresa: recibido %s de %s · pagado al proveedor %s de %s"),
      money(payment_made(at, AtPaymentKind::AporteEmpresa)),
      money(payment_owed(at, AtPaymentKind::AporteEmpresa)),
      money(payment_made(at, AtPaymentKind::PagoProveedor)),
      money(payment_owed(at, AtPaymentKind::PagoProveedor)));
}

std::optional<TechnicalAssistance> take_payment(wxWindow* parent, DeskContext& ctx,
                                                const TechnicalAssistance& at, AtPaymentKind kind) {
  const bool aporte = kind == AtPaymentKind::AporteEmpresa;
  const Money due = payment_owed(at, kind) - payment_made(at, kind);
  wxTextEntryDialog dialog(
      parent,
      wxString::Format(aporte ? _("Monto recibido de la empresa (falta %s):")
                              : _("Monto pagado al proveedor (falta %s):"),
                       to_wx(format_money(due))),
      wxString::Format(aporte ? _("Aporte de la empresa — %s") : _("Pago al proveedor — %s"),
                       to_wx(at.codigo)),
      to_wx(format_money_plain(due)));
  dialog.SetName(wxString::FromUTF8("payment_amount"));
  label_stock_buttons(&dialog);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  std::optional<TechnicalAssistance> after;
  guarded(parent, [&] {
    const auto monto = typed_money(ctx, field_text(dialog.GetValue()));
    if (!monto) throw UserError(to_utf8(_("Escriba el monto en dólares, p. ej. 50.00.")));
    auto service = ctx.ws().assistances();
    after = aporte ? service.receive_copayment(ctx.actor, at.codigo, *monto)
                   : service.pay_provider(ctx.actor, at.codigo, *monto);
  });
  return after;
}

}  // namespace cdmype::ui
