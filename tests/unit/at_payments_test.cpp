// AT payments: co-payment received and provider payment — who, when, how much, and settling.
#include "core/at_payments.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/subsidy_compute.hpp"

namespace cdmype {
namespace {

const Date kToday(2026, 3, 20);
const Actor kCompras{30, "compras", Role::Compras};

// Woman-led: $1,005.05 → subsidy $954.80 (95 %), co-payment $50.25; contracted on 6 March.
TechnicalAssistance contracted() {
  TechnicalAssistance at;
  at.codigo = "CH-AT-2026-0007";
  at.enterprise_id = 7;
  at.drafted_by = at.requested_by = 2;
  at.descripcion = "Etiquetado de Mermeladas Peña";
  at.provider_id = 5;
  at.costo_total = Money::from_cents(100505);
  at.estado = AtEstado::Contratada;
  at.fecha_solicitud = Date(2026, 3, 2);
  at.fecha_aprobacion = Date(2026, 3, 4);
  at.approved_by = 1;
  EnterpriseFacts mujer;
  mujer.liderada_por_mujer = true;
  at.subsidio = compute_subsidy(default_policy(), mujer, at.costo_total);
  at.fecha_contratacion = Date(2026, 3, 6);
  return at;
}

Money cents(std::int64_t c) { return Money::from_cents(c); }

std::string why(const TechnicalAssistance& at, AtPaymentKind kind, Money monto,
                const Actor& who = kCompras, const Date& fecha = Date(2026, 3, 10)) {
  const auto r = check_payment(who, at, kind, monto, fecha, kToday);
  return r ? r->message : std::string();
}

TEST(AtPayments, OwedIsTheFrozenCoPaymentAndTheTotalCost) {
  const auto at = contracted();
  ASSERT_EQ(at.subsidio->copago, cents(5025));
  EXPECT_EQ(payment_owed(at, AtPaymentKind::AporteEmpresa), cents(5025));
  EXPECT_EQ(payment_owed(at, AtPaymentKind::PagoProveedor), cents(100505));
  EXPECT_EQ(payment_made(at, AtPaymentKind::AporteEmpresa), cents(0));
}

TEST(AtPayments, ComprasRecordsInPartsUpToWhatIsOwed) {
  auto at = contracted();
  at = apply_payment(kCompras, at, AtPaymentKind::AporteEmpresa, cents(2000), Date(2026, 3, 9),
                     kToday);
  at = apply_payment(kCompras, at, AtPaymentKind::AporteEmpresa, cents(3025), Date(2026, 3, 12),
                     kToday);
  ASSERT_TRUE(at.aporte_recibido);
  EXPECT_EQ(at.aporte_recibido->monto, cents(5025));
  EXPECT_EQ(at.aporte_recibido->fecha, Date(2026, 3, 12));
  EXPECT_FALSE(at.pago_proveedor);
  EXPECT_EQ(why(at, AtPaymentKind::AporteEmpresa, cents(1)),
            "Ya se recibió todo el aporte de la empresa de la asistencia CH-AT-2026-0007 "
            "($50.25).");
  EXPECT_TRUE(validate(at).empty());
}

TEST(AtPayments, RefusesMoreThanIsOwedSayingWhatRemains) {
  auto at = contracted();
  EXPECT_EQ(why(at, AtPaymentKind::AporteEmpresa, cents(5026)),
            "Con $50.26 lo recibido sumaría $50.26, más de lo que corresponde ($50.25); falta "
            "recibir $50.25 del aporte de la empresa (recibido $0.00 de $50.25).");
  at = apply_payment(kCompras, at, AtPaymentKind::PagoProveedor, cents(50000), Date(2026, 3, 9),
                     kToday);
  EXPECT_EQ(why(at, AtPaymentKind::PagoProveedor, cents(60000)),
            "Con $600.00 lo pagado sumaría $1,100.00, más de lo que corresponde ($1,005.05); "
            "falta pagar $505.05 al proveedor (pagado $500.00 de $1,005.05).");
  EXPECT_EQ(why(at, AtPaymentKind::PagoProveedor, cents(50505)), "");
}

TEST(AtPayments, RefusesZeroNegativeAndBadDates) {
  const auto at = contracted();
  EXPECT_EQ(why(at, AtPaymentKind::AporteEmpresa, cents(0)),
            "El monto debe ser mayor que $0.00 (se indicó $0.00).");
  EXPECT_EQ(why(at, AtPaymentKind::PagoProveedor, cents(-5)),
            "El monto debe ser mayor que $0.00 (se indicó -$0.05).");
  EXPECT_EQ(why(at, AtPaymentKind::AporteEmpresa, cents(100), kCompras, Date(2026, 3, 21)),
            "La fecha del pago (21/03/2026) no puede ser posterior a hoy (20/03/2026).");
  EXPECT_EQ(why(at, AtPaymentKind::AporteEmpresa, cents(100), kCompras, Date(2026, 3, 5)),
            "La fecha del pago (05/03/2026) no puede ser anterior a la fecha de contratación "
            "(06/03/2026).");
}

TEST(AtPayments, OnlyComprasRecordsThem) {
  const auto at = contracted();
  for (Role role : {Role::Director, Role::Asesor, Role::Admin, Role::Consulta, Role::Ventanilla}) {
    const Actor who{1, std::string(code_of(role)), role};
    const auto r = check_payment(who, at, AtPaymentKind::AporteEmpresa, cents(100),
                                 Date(2026, 3, 10), kToday);
    ASSERT_TRUE(r) << code_of(role);
    EXPECT_EQ(r->kind, RefusalKind::Permission);
    EXPECT_EQ(r->message, "El rol «" + std::string(code_of(role)) +
                              "» no puede registrar el aporte de la empresa; lo registra el "
                              "técnico de compras.");
    EXPECT_THROW(apply_payment(who, at, AtPaymentKind::PagoProveedor, cents(100),
                               Date(2026, 3, 10), kToday),
                 PermissionDenied);
  }
}

TEST(AtPayments, OnlyFromContractingOnAndNeverOnRejectedOrCancelled) {
  for (AtEstado e : {AtEstado::Borrador, AtEstado::Solicitada, AtEstado::Aprobada,
                     AtEstado::Rechazada, AtEstado::Cancelada}) {
    auto at = contracted();
    at.estado = e;
    const auto r = check_payment(kCompras, at, AtPaymentKind::PagoProveedor, cents(100),
                                 Date(2026, 3, 10), kToday);
    ASSERT_TRUE(r) << code_of(e);
    EXPECT_EQ(r->kind, RefusalKind::State);
    EXPECT_EQ(r->message, "La asistencia CH-AT-2026-0007 está «" + at_estado_label(e) +
                              "»; el pago al proveedor se registra solo en una asistencia "
                              "contratada, en ejecución, finalizada o liquidada.");
  }
  for (AtEstado e : {AtEstado::Contratada, AtEstado::EnEjecucion, AtEstado::Finalizada}) {
    auto at = contracted();
    at.estado = e;
    EXPECT_EQ(why(at, AtPaymentKind::PagoProveedor, cents(100)), "") << code_of(e);
  }
}

TEST(AtPayments, SettlementShortfallNamesBothAmounts) {
  auto at = contracted();
  EXPECT_EQ(settlement_shortfall(at),
            "falta recibir $50.25 del aporte de la empresa (recibido $0.00 de $50.25) y falta "
            "pagar $1,005.05 al proveedor (pagado $0.00 de $1,005.05)");
  at.aporte_recibido = AtPayment{cents(5025), Date(2026, 3, 9)};
  EXPECT_EQ(settlement_shortfall(at),
            "falta pagar $1,005.05 al proveedor (pagado $0.00 de $1,005.05)");
  at.pago_proveedor = AtPayment{cents(100505), Date(2026, 3, 9)};
  EXPECT_FALSE(settlement_shortfall(at));
}

TEST(AtPayments, SettleIsRefusedUntilBothAreComplete) {
  auto at = contracted();
  at.estado = AtEstado::Finalizada;
  at.fecha_inicio = Date(2026, 3, 7);
  at.fecha_finalizacion = Date(2026, 3, 10);
  at.pago_proveedor = AtPayment{cents(100505), Date(2026, 3, 11)};
  const auto r = check_transition(kCompras, at, AtAction::Settle, {}, kToday);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, RefusalKind::Input);
  EXPECT_EQ(r->message,
            "No se puede liquidar la asistencia CH-AT-2026-0007: falta recibir $50.25 del "
            "aporte de la empresa (recibido $0.00 de $50.25). Registre primero lo que falta.");
  at = apply_payment(kCompras, at, AtPaymentKind::AporteEmpresa, cents(5025), Date(2026, 3, 11),
                     kToday);
  EXPECT_FALSE(check_transition(kCompras, at, AtAction::Settle, {}, kToday));
}

TEST(AtPayments, ValidateRefusesPaymentsTheRecordCannotHave) {
  auto at = contracted();
  at.aporte_recibido = AtPayment{cents(5026), Date(2026, 3, 9)};
  at.pago_proveedor = AtPayment{cents(0), Date(2026, 3, 9)};
  auto p = validate(at);
  auto has = [&](std::string_view text) {
    return std::any_of(p.begin(), p.end(),
                       [&](const std::string& s) { return s.find(text) != std::string::npos; });
  };
  EXPECT_TRUE(has("aporte_recibido: $50.26 es más de lo que corresponde ($50.25)."));
  EXPECT_TRUE(has("pago_proveedor: debe ser mayor que $0.00"));
  at = contracted();
  at.estado = AtEstado::Aprobada;
  at.pago_proveedor = AtPayment{cents(100), Date(2026, 3, 9)};
  p = validate(at);
  EXPECT_TRUE(has("pago_proveedor: una asistencia en estado «aprobada» no puede tener"));
}

}  // namespace
}  // namespace cdmype
