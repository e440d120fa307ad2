// Taking one step of an AT from a screen: ask what the step needs, then call AtService.
#pragma once
#include <wx/string.h>

#include <optional>

#include "core/at_payments.hpp"
#include "core/at_transitions.hpp"

class wxWindow;

namespace cdmype::ui {

struct DeskContext;

// The button text of a step, with its mnemonic ("&Aprobar", "&Contratar…").
wxString at_step_label(AtAction action);
// The tooltip: what the step does.
wxString at_step_help(AtAction action);

// Asks for what `action` needs (rejection reason, cancellation reason, provider to contract,
// rating when finished) in a modal dialog, then takes the step through AtService. Returns the AT
// after the step; nullopt when the person cancelled or the service refused (its Spanish message is
// shown over `parent`).
std::optional<TechnicalAssistance> take_at_step(wxWindow* parent, DeskContext& ctx,
                                                const TechnicalAssistance& at, AtAction action);

// "Registrar &aporte…" / "&Pagar al proveedor…".
wxString payment_label(AtPaymentKind kind);
// Compras may record this payment now: contracted or later, not cancelled, something still owed.
bool payment_open(const DeskContext& ctx, const TechnicalAssistance& at, AtPaymentKind kind);
// "Aporte de la empresa: recibido $0.00 de $50.00 · pagado al proveedor $0.00 de $1,000.00".
wxString payments_summary(const TechnicalAssistance& at);

// Asks the amount (what is still owed by default) and records it through AtService. Returns the
// AT after it; nullopt when cancelled or refused (message shown).
std::optional<TechnicalAssistance> take_payment(wxWindow* parent, DeskContext& ctx,
                                                const TechnicalAssistance& at, AtPaymentKind kind);

}  // namespace cdmype::ui
