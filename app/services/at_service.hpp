// Technical assistance (AT) use cases: draft, request, approve with the subsidy, every later step,
// reads.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/at_payments.hpp"
#include "core/at_record.hpp"
#include "core/at_transitions.hpp"
#include "core/permissions.hpp"
#include "core/priority_score.hpp"
#include "core/subsidy_policy.hpp"
#include "services/service_context.hpp"
#include "store/at_export_reader.hpp"
#include "store/at_repository.hpp"

namespace cdmype::services {

// What an asesor writes when asking for an AT.
struct AtDraft {
  std::string empresa_codigo;  // CH-2026-0042 (case and spaces ignored)
  std::string descripcion;
  std::string especialidad;
  std::string proveedor;  // provider name; created when new (audited); may be empty
  Money costo_total;
};

// An AT with the names a screen shows instead of ids.
struct AtDetail {
  TechnicalAssistance at;
  std::string empresa_codigo;
  std::string empresa_nombre;
  std::string proveedor;
  std::string redactada_por;  // "José Niño Cortez (asesor1)"
  std::string solicitada_por;
  std::string decidida_por;  // the director who approved or rejected
  // The frozen decision's policy version; nullopt for the built-in default.
  std::optional<PolicyVersion> politica;
};

// One line of the approval queue.
struct AtQueueRow {
  ScoredAt scored;  // score, parts and the explanation "mujer +30, rural +20, espera 12 días +12"
  TechnicalAssistance at;
  std::string empresa_codigo;
  std::string empresa_nombre;
};

class AtService {
 public:
  explicit AtService(ServiceContext& ctx) : ctx_(ctx) {}

  // RequestAt. A borrador with the next PREFIX-AT-YEAR-NNNN code; the
  // provider is found by name or created. Validated (ValidationFailed), audited.
  TechnicalAssistance draft(const Actor& actor, const AtDraft& d);
  // RequestAt. Draft and request in one transaction (two audit rows): what
  // `cdmype-cli at request --empresa …` does.
  TechnicalAssistance request_new(const Actor& actor, const AtDraft& d);

  // The director's approval, in one transaction: the policy in force on the
  // date, the enterprise's facts on it, the subsidy already approved for the
  // enterprise that year (per-enterprise cap), the year's budget (refused
  // with the remaining amount), then the transition, frozen and audited.
  // `fecha` defaults to today.
  TechnicalAssistance approve(const Actor& actor, std::string_view codigo,
                              std::optional<Date> fecha = std::nullopt);
  // Any other step (request, reject, contract, start, finish, settle,
  // cancel); approve is passed on to approve(). For contract, `proveedor`
  // names the provider when the AT has none or it changes (created when new
  // if the actor manages providers). Refusals: PermissionDenied / UserError
  // with core's Spanish reason. Audited.
  TechnicalAssistance step(const Actor& actor, std::string_view codigo, AtAction action,
                           const AtStepInput& input, std::string_view proveedor = {});

  // ContractAt (compras, product.md §1). Money the enterprise paid of its
  // frozen co-payment, added to what it paid before; pay_provider: what the
  // center paid the provider, up to the total cost. From contracting on (not
  // rechazada nor cancelada), monto > 0, never above what is owed; `fecha`
  // defaults to today. Settling requires both complete. Refusals in Spanish
  // (PermissionDenied / UserError); audited.
  TechnicalAssistance receive_copayment(const Actor& actor, std::string_view codigo, Money monto,
                                        std::optional<Date> fecha = std::nullopt);
  TechnicalAssistance pay_provider(const Actor& actor, std::string_view codigo, Money monto,
                                   std::optional<Date> fecha = std::nullopt);

  // ViewAt. What approving today would freeze (for the queue and screens).
  SubsidyDecision preview(const Actor& actor, std::string_view codigo);
  // ViewAt.
  std::optional<AtDetail> detail(const Actor& actor, std::string_view codigo);
  std::vector<TechnicalAssistance> list(const Actor& actor, const store::AtFilter& filter = {});
  // ViewAt. What the Asistencia técnica screen lists: each AT with its
  // enterprise, in one query; the screen asks detail() for the selected one.
  std::vector<store::AtListEntry> list_entries(const Actor& actor,
                                               const store::AtFilter& filter = {});
  // ViewAt. Pending requests by priority (weights from the settings), each
  // with the reasons for its score.
  std::vector<AtQueueRow> queue(const Actor& actor);
  // ExportData. Every AT by código for the `asistencias` file; return false to stop.
  void for_each_export(const Actor& actor,
                       const std::function<bool(const store::AtExportRow&)>& row);

 private:
  TechnicalAssistance create_draft(const Actor& actor, const AtDraft& d);
  TechnicalAssistance record_payment(const Actor& actor, std::string_view codigo,
                                     AtPaymentKind kind, Money monto, std::optional<Date> fecha);
  ServiceContext& ctx_;
};

// The AT with that code (typed by hand), or a UserError that names it.
TechnicalAssistance load_at(store::AtRepository& repo, std::string_view codigo);

}  // namespace cdmype::services
