// Co-payment received from the enterprise and payment to the provider: who records them, when,
// how much, and what settling an AT needs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/at_record.hpp"
#include "core/at_transitions.hpp"
#include "core/dates.hpp"
#include "core/money.hpp"
#include "core/permissions.hpp"

namespace cdmype {

enum class AtPaymentKind {
  AporteEmpresa,  // the enterprise pays its frozen co-payment to the center
  PagoProveedor,  // the center pays the provider the AT's total cost
};

// What the payments of `kind` may add up to: the co-payment frozen at
// approval ($0.00 before it) or the total cost.
Money payment_owed(const TechnicalAssistance& at, AtPaymentKind kind);
// Recorded so far; $0.00 when nothing was.
Money payment_made(const TechnicalAssistance& at, AtPaymentKind kind);

// nullopt when `actor` may record a payment of `monto` on `fecha`: the
// compras role, the AT contratada or later (not rechazada nor cancelada),
// monto > 0, the running total not above what is owed, the date not after
// today nor before the contract. Otherwise why not, in Spanish.
std::optional<AtRefusal> check_payment(const Actor& actor, const TechnicalAssistance& at,
                                       AtPaymentKind kind, Money monto, const Date& fecha,
                                       const Date& today);

// The record with the payment added to the running total and its date as the
// latest. Throws PermissionDenied / UserError with check_payment's reason.
TechnicalAssistance apply_payment(const Actor& actor, TechnicalAssistance at, AtPaymentKind kind,
                                  Money monto, const Date& fecha, const Date& today);

// What still keeps an AT from being settled through the program ("falta
// recibir $50.25 del aporte de la empresa (recibido $0.00 de $50.25)"), or
// nullopt when the co-payment is complete and the provider fully paid.
std::optional<std::string> settlement_shortfall(const TechnicalAssistance& at);

// Problems for validate(): payments only from contracting on, positive and
// not above what is owed.
void append_payment_problems(const TechnicalAssistance& at, std::vector<std::string>& problems);

}  // namespace cdmype
