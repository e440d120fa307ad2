// AT payments: the co-payment received and the provider's payment, each one audited transaction.
#include "services/at_service.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::services {

TechnicalAssistance AtService::receive_copayment(const Actor& actor, std::string_view codigo,
                                                 Money monto, std::optional<Date> fecha) {
  return record_payment(actor, codigo, AtPaymentKind::AporteEmpresa, monto, fecha);
}

TechnicalAssistance AtService::pay_provider(const Actor& actor, std::string_view codigo,
                                            Money monto, std::optional<Date> fecha) {
  return record_payment(actor, codigo, AtPaymentKind::PagoProveedor, monto, fecha);
}

TechnicalAssistance AtService::record_payment(const Actor& actor, std::string_view codigo,
                                              AtPaymentKind kind, Money monto,
                                              std::optional<Date> fecha) {
  store::WriteTransaction tx(ctx_.db);
  store::AtRepository repo(ctx_.sql());
  const Date today = ctx_.today();
  TechnicalAssistance paid =
      apply_payment(actor, load_at(repo, codigo), kind, monto, fecha.value_or(today), today);
  repo.update(ctx_.author(actor), paid);
  tx.commit();
  return paid;
}

}  // namespace cdmype::services
