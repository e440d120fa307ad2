// AT payments through the service: compras records the co-payment received and the provider's
// payment, stored, audited and required before settling; nothing is written when refused.
#include <gtest/gtest.h>

#include "at_test_support.hpp"
#include "services/at_import_service.hpp"

namespace cdmype::testing_support {
namespace {

class AtPaymentsTest : public AtTest {
 protected:
  // $1,005.05 for a woman-led enterprise: subsidy $954.80, co-payment $50.25; contracted today.
  TechnicalAssistance contracted() {
    auto at = request(mujer_urbana(), "1005.05");
    at = ws->assistances().approve(directora, at.codigo);
    return step(compras, at, AtAction::Contract);
  }
  Money money(const char* text) { return *parse_money(text); }
};

TEST_F(AtPaymentsTest, ComprasRecordsBothPaymentsStoredAndAudited) {
  const auto at = contracted();
  const auto before = audit_rows(at);
  ws->assistances().receive_copayment(compras, at.codigo, money("20.00"), Date(2026, 10, 15));
  ws->assistances().receive_copayment(compras, at.codigo, money("30.25"));
  ws->assistances().pay_provider(compras, at.codigo, money("1005.05"));
  const auto stored = get(at.codigo);
  ASSERT_TRUE(stored.aporte_recibido);
  EXPECT_EQ(stored.aporte_recibido->monto, Money::from_cents(5025));
  EXPECT_EQ(stored.aporte_recibido->fecha, Date(2026, 10, 15));
  ASSERT_TRUE(stored.pago_proveedor);
  EXPECT_EQ(stored.pago_proveedor->monto, Money::from_cents(100505));
  EXPECT_EQ(audit_rows(at), before + 3);
  const auto history = ws->maintenance().history(directora, store::kAuditAt, at.meta.id);
  const std::string last = history.back().after_json.value_or("");
  EXPECT_NE(last.find("\"pago_proveedor_centavos\":100505"), std::string::npos) << last;
  EXPECT_NE(last.find("\"aporte_recibido_centavos\":5025"), std::string::npos) << last;
}

TEST_F(AtPaymentsTest, OnlyComprasAndRefusalsWriteNothing) {
  const auto at = contracted();
  const auto before = audit_rows(at);
  EXPECT_EQ(refusal<PermissionDenied>(
                [&] { ws->assistances().receive_copayment(directora, at.codigo, money("50.25")); }),
            "El rol «director» no puede registrar el aporte de la empresa; lo registra el "
            "técnico de compras.");
  EXPECT_THROW(ws->assistances().pay_provider(asesor1, at.codigo, money("10.00")),
               PermissionDenied);
  EXPECT_EQ(refusal([&] { ws->assistances().receive_copayment(compras, at.codigo, money("60")); }),
            "Con $60.00 lo recibido sumaría $60.00, más de lo que corresponde ($50.25); falta "
            "recibir $50.25 del aporte de la empresa (recibido $0.00 de $50.25).");
  EXPECT_THROW(ws->assistances().pay_provider(compras, at.codigo, money("1005.06")), UserError);
  EXPECT_THROW(
      ws->assistances().pay_provider(compras, at.codigo, money("10.00"), Date(2026, 10, 16)),
      UserError);
  EXPECT_EQ(refusal([&] { ws->assistances().pay_provider(compras, "CH-AT-2026-0999", money("1")); }),
            "No existe la asistencia técnica «CH-AT-2026-0999»; vea la lista con «cdmype-cli at "
            "list».");
  EXPECT_EQ(audit_rows(at), before);
  EXPECT_FALSE(get(at.codigo).aporte_recibido);
  EXPECT_FALSE(get(at.codigo).pago_proveedor);
}

TEST_F(AtPaymentsTest, RefusedBeforeContractAndOnCancelledOrRejected) {
  const auto pending = request(hombre_urbano(), "500.00");
  EXPECT_EQ(refusal([&] { ws->assistances().pay_provider(compras, pending.codigo, money("1")); }),
            "La asistencia " + pending.codigo +
                " está «solicitada»; el pago al proveedor se registra solo en una asistencia "
                "contratada, en ejecución, finalizada o liquidada.");
  const auto cancelled = step(directora, contracted(), AtAction::Cancel, with_motivo("Desistió"));
  EXPECT_THROW(ws->assistances().receive_copayment(compras, cancelled.codigo, money("1")),
               UserError);
}

TEST_F(AtPaymentsTest, SettleNeedsTheFullCoPaymentAndTheProviderPaid) {
  auto at = contracted();
  at = step(compras, at, AtAction::Start);
  at = step(compras, at, AtAction::Finish, with_rating(5));
  ws->assistances().pay_provider(compras, at.codigo, money("1005.05"));
  ws->assistances().receive_copayment(compras, at.codigo, money("50.00"));
  EXPECT_EQ(refusal([&] { step(compras, at, AtAction::Settle); }),
            "No se puede liquidar la asistencia " + at.codigo +
                ": falta recibir $0.25 del aporte de la empresa (recibido $50.00 de $50.25). "
                "Registre primero lo que falta.");
  EXPECT_EQ(get(at.codigo).estado, AtEstado::Finalizada);
  ws->assistances().receive_copayment(compras, at.codigo, money("0.25"));
  at = ws->assistances().step(compras, at.codigo, AtAction::Settle, {});
  EXPECT_EQ(at.estado, AtEstado::Liquidada);
  EXPECT_EQ(refusal([&] { ws->assistances().receive_copayment(compras, at.codigo, money("1")); }),
            "Ya se recibió todo el aporte de la empresa de la asistencia " + at.codigo +
                " ($50.25).");
}

// Imported history has no payment columns: a liquidada row still imports and
// reads back without payments.
TEST_F(AtPaymentsTest, ImportedSettledHistoryNeedsNoPayments) {
  const auto e = mujer_urbana();
  services::AtImportRow row;
  row.at.enterprise_id = e.meta.id;
  row.at.drafted_by = asesor1.user_id;
  row.at.descripcion = "Etiquetado nutricional";
  row.at.costo_total = money("1005.05");
  row.at.estado = AtEstado::Liquidada;
  row.at.fecha_solicitud = Date(2026, 2, 2);
  row.at.fecha_aprobacion = Date(2026, 2, 5);
  row.at.fecha_finalizacion = Date(2026, 3, 1);
  row.at.approved_by = directora.user_id;
  row.proveedor = "Diseños Citalá";
  const auto ids = ws->assistance_imports().import_assistances(directora, {row});
  ASSERT_EQ(ids.size(), 1u);
  const auto list = ws->assistances().list(directora);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].estado, AtEstado::Liquidada);
  EXPECT_EQ(list[0].subsidio->copago, Money::from_cents(5025));
  EXPECT_FALSE(list[0].aporte_recibido);
  EXPECT_FALSE(list[0].pago_proveedor);
}

}  // namespace
}  // namespace cdmype::testing_support
