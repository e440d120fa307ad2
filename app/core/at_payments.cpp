// The rules of the two payments of an AT and the settlement check built on them.
#include "core/at_payments.hpp"

#include "core/errors.hpp"

namespace cdmype {
namespace {

// How messages name each payment.
struct PaymentWords {
  const char* what;      // "el aporte de la empresa"
  const char* to_what;   // "del aporte de la empresa" / "al proveedor"
  const char* done;      // "recibido" / "pagado"
  const char* missing;   // "falta recibir" / "falta pagar"
  const char* complete;  // "Ya se recibió todo el aporte de la empresa"
  const char* field;     // validate()'s column name
};

PaymentWords words(AtPaymentKind kind) {
  if (kind == AtPaymentKind::AporteEmpresa)
    return {"el aporte de la empresa", "del aporte de la empresa", "recibido", "falta recibir",
            "Ya se recibió todo el aporte de la empresa", "aporte_recibido"};
  return {"el pago al proveedor", "al proveedor", "pagado", "falta pagar",
          "Ya se pagó todo el costo al proveedor", "pago_proveedor"};
}

const std::optional<AtPayment>& payment_of(const TechnicalAssistance& at, AtPaymentKind kind) {
  return kind == AtPaymentKind::AporteEmpresa ? at.aporte_recibido : at.pago_proveedor;
}

// Contracted and not dead: the provider is working or done, so money moves.
bool takes_payments(AtEstado e) {
  return e == AtEstado::Contratada || e == AtEstado::EnEjecucion || e == AtEstado::Finalizada ||
         e == AtEstado::Liquidada;
}

std::optional<AtRefusal> refuse(RefusalKind kind, std::string message) {
  return AtRefusal{kind, std::move(message)};
}

// "falta recibir $50.25 del aporte de la empresa (recibido $0.00 de $50.25)".
std::string shortfall_text(const TechnicalAssistance& at, AtPaymentKind kind) {
  const PaymentWords w = words(kind);
  const Money owed = payment_owed(at, kind), made = payment_made(at, kind);
  return std::string(w.missing) + " " + format_money(owed - made) + " " + w.to_what + " (" +
         w.done + " " + format_money(made) + " de " + format_money(owed) + ")";
}

}  // namespace

Money payment_owed(const TechnicalAssistance& at, AtPaymentKind kind) {
  if (kind == AtPaymentKind::PagoProveedor) return at.costo_total;
  return at.subsidio ? at.subsidio->copago : Money{};
}

Money payment_made(const TechnicalAssistance& at, AtPaymentKind kind) {
  const auto& p = payment_of(at, kind);
  return p ? p->monto : Money{};
}

std::optional<AtRefusal> check_payment(const Actor& actor, const TechnicalAssistance& at,
                                       AtPaymentKind kind, Money monto, const Date& fecha,
                                       const Date& today) {
  const PaymentWords w = words(kind);
  if (!allowed(actor.role, Action::ContractAt))
    return refuse(RefusalKind::Permission, "El rol «" + std::string(code_of(actor.role)) +
                                               "» no puede registrar " + w.what +
                                               "; lo registra el técnico de compras.");
  if (!takes_payments(at.estado))
    return refuse(RefusalKind::State,
                  "La asistencia " + at.codigo + " está «" + at_estado_label(at.estado) +
                      "»; " + w.what +
                      " se registra solo en una asistencia contratada, en ejecución, finalizada "
                      "o liquidada.");
  if (monto.cents <= 0)
    return refuse(RefusalKind::Input, "El monto debe ser mayor que $0.00 (se indicó " +
                                          format_money(monto) + ").");
  const Money owed = payment_owed(at, kind), made = payment_made(at, kind);
  if (made >= owed)
    return refuse(RefusalKind::Input,
                  std::string(w.complete) + " de la asistencia " + at.codigo + " (" +
                      format_money(owed) + ").");
  if (made + monto > owed)
    return refuse(RefusalKind::Input, "Con " + format_money(monto) + " lo " + w.done +
                                          " sumaría " + format_money(made + monto) +
                                          ", más de lo que corresponde (" + format_money(owed) +
                                          "); " + shortfall_text(at, kind) + ".");
  if (fecha > today)
    return refuse(RefusalKind::Input, "La fecha del pago (" + to_display(fecha) +
                                          ") no puede ser posterior a hoy (" + to_display(today) +
                                          ").");
  if (at.fecha_contratacion && fecha < *at.fecha_contratacion)
    return refuse(RefusalKind::Input, "La fecha del pago (" + to_display(fecha) +
                                          ") no puede ser anterior a la fecha de contratación (" +
                                          to_display(*at.fecha_contratacion) + ").");
  return std::nullopt;
}

TechnicalAssistance apply_payment(const Actor& actor, TechnicalAssistance at, AtPaymentKind kind,
                                  Money monto, const Date& fecha, const Date& today) {
  if (auto r = check_payment(actor, at, kind, monto, fecha, today)) {
    if (r->kind == RefusalKind::Permission) throw PermissionDenied(r->message);
    throw UserError(r->message);
  }
  auto& p = kind == AtPaymentKind::AporteEmpresa ? at.aporte_recibido : at.pago_proveedor;
  const Money before = p ? p->monto : Money{};
  // The latest date stays the latest even when an earlier receipt is typed late.
  const Date latest = p && p->fecha > fecha ? p->fecha : fecha;
  p = AtPayment{before + monto, latest};
  return at;
}

std::optional<std::string> settlement_shortfall(const TechnicalAssistance& at) {
  std::string out;
  for (AtPaymentKind kind : {AtPaymentKind::AporteEmpresa, AtPaymentKind::PagoProveedor}) {
    if (payment_made(at, kind) >= payment_owed(at, kind)) continue;
    out += (out.empty() ? "" : " y ") + shortfall_text(at, kind);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

void append_payment_problems(const TechnicalAssistance& at, std::vector<std::string>& problems) {
  for (AtPaymentKind kind : {AtPaymentKind::AporteEmpresa, AtPaymentKind::PagoProveedor}) {
    const auto& p = payment_of(at, kind);
    if (!p) continue;
    const PaymentWords w = words(kind);
    const std::string field = std::string(w.field) + ": ";
    if (!takes_payments(at.estado) && at.estado != AtEstado::Cancelada)
      problems.push_back(field + "una asistencia en estado «" + at_estado_label(at.estado) +
                         "» no puede tener " + w.what + " registrado.");
    if (p->monto.cents <= 0)
      problems.push_back(field + "debe ser mayor que $0.00 (es " + format_money(p->monto) + ").");
    else if (p->monto > payment_owed(at, kind))
      problems.push_back(field + format_money(p->monto) + " es más de lo que corresponde (" +
                         format_money(payment_owed(at, kind)) + ").");
  }
}

}  // namespace cdmype
