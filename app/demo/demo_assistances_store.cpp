// Stores the demonstration AT through the services: step by step (small) or as imported history.
#include "demo/demo_assistances.hpp"

#include "services/subsidy_calculator.hpp"

namespace cdmype::demo {
namespace {

// Who takes which step: the roles of product.md §1.
struct Cast {
  const Actor& director;
  const Actor& compras;
};

Cast cast_of(const DemoData& data, const std::vector<Actor>& actors) {
  size_t compras = 0;
  for (size_t i = 0; i < data.users.size(); ++i)
    if (data.users[i].role == Role::Compras) compras = i;
  return {actors.front(), actors[compras]};
}

AtStepInput on(const std::optional<Date>& fecha, std::string motivo = {}) {
  AtStepInput in;
  in.fecha = fecha;
  in.motivo = std::move(motivo);
  return in;
}

Money part(DemoPaid paid, Money owed) {
  return paid == DemoPaid::Todo ? owed : Money::from_cents(owed.cents / 2);
}

// One AT as people would take it: each step its own transaction and audit row.
void replay(services::AtService& svc, const DemoData& data, const DemoAssistances& all,
            const DemoAssistance& a, const Actor& asesor, const Cast& cast) {
  services::AtDraft draft;
  draft.empresa_codigo = data.enterprises[a.enterprise_index].record.codigo;
  draft.descripcion = a.descripcion;
  draft.especialidad = a.especialidad;
  draft.proveedor = all.providers[a.provider_index].nombre;
  draft.costo_total = a.costo_total;
  TechnicalAssistance at = svc.draft(asesor, draft);
  const std::string codigo = at.codigo;
  if (!a.solicitud) return;
  svc.step(asesor, codigo, AtAction::Request, on(a.solicitud));
  if (a.estado == AtEstado::Rechazada) {
    svc.step(cast.director, codigo, AtAction::Reject, on(a.decision, a.motivo));
    return;
  }
  if (a.decision) at = svc.approve(cast.director, codigo, a.decision);
  if (a.contratacion) svc.step(cast.compras, codigo, AtAction::Contract, on(a.contratacion));
  if (a.inicio) svc.step(cast.compras, codigo, AtAction::Start, on(a.inicio));
  if (a.finalizacion) {
    AtStepInput in = on(a.finalizacion);
    in.calificacion = a.calificacion;
    svc.step(cast.compras, codigo, AtAction::Finish, in);
  }
  if (a.aporte != DemoPaid::Nada && at.subsidio && at.subsidio->copago.cents > 1)
    svc.receive_copayment(cast.compras, codigo, part(a.aporte, at.subsidio->copago),
                          a.fecha_pagos);
  if (a.pago != DemoPaid::Nada)
    svc.pay_provider(cast.compras, codigo, part(a.pago, at.costo_total), a.fecha_pagos);
  if (a.liquidacion) svc.step(cast.compras, codigo, AtAction::Settle, on(a.liquidacion));
  if (a.cancelacion) {
    // Before the decision the asesor withdraws her own request; later the director cancels.
    const Actor& who = a.decision ? cast.director : asesor;
    svc.step(who, codigo, AtAction::Cancel, on(a.cancelacion, a.motivo));
  }
}

// The same story as a row of history, with its payments worked out from the
// subsidy the import will compute (same policy, date and enterprise).
services::AtImportRow history_row(const services::SubsidyCalculator& calc, const DemoData& data,
                                  const DemoAssistances& all, const DemoAssistance& a,
                                  const std::vector<Actor>& actors,
                                  const std::vector<std::int64_t>& enterprise_ids,
                                  const Cast& cast) {
  services::AtImportRow row;
  TechnicalAssistance& at = row.at;
  at.enterprise_id = enterprise_ids[a.enterprise_index];
  at.drafted_by = actors[a.asesor_index].user_id;
  at.descripcion = a.descripcion;
  at.especialidad = a.especialidad;
  at.costo_total = a.costo_total;
  at.estado = a.estado;
  at.fecha_solicitud = a.solicitud;
  at.fecha_aprobacion = a.decision;
  at.fecha_contratacion = a.contratacion;
  at.fecha_inicio = a.inicio;
  at.fecha_finalizacion = a.finalizacion;
  at.fecha_liquidacion = a.liquidacion;
  at.fecha_cancelacion = a.cancelacion;
  if (a.decision) at.approved_by = cast.director.user_id;
  (a.estado == AtEstado::Rechazada ? at.motivo_rechazo : at.motivo_cancelacion) = a.motivo;
  at.calificacion = a.calificacion;
  row.proveedor = all.providers[a.provider_index].nombre;
  if (a.fecha_pagos && a.decision) {
    const Money copago =
        calc.decide(data.enterprises[a.enterprise_index].record, a.costo_total, *a.decision, {})
            .copago;
    if (a.aporte != DemoPaid::Nada && copago.cents > 1)
      at.aporte_recibido = AtPayment{part(a.aporte, copago), *a.fecha_pagos};
    if (a.pago != DemoPaid::Nada)
      at.pago_proveedor = AtPayment{part(a.pago, a.costo_total), *a.fecha_pagos};
  }
  return row;
}

}  // namespace

void store_assistances(services::Workspace& ws, const DemoData& data,
                       const DemoAssistances& assistances,
                       const std::vector<std::int64_t>& user_ids,
                       const std::vector<std::int64_t>& enterprise_ids) {
  if (assistances.assistances.empty()) return;
  std::vector<Actor> actors;
  for (size_t i = 0; i < data.users.size(); ++i)
    actors.push_back(Actor{user_ids[i], data.users[i].username, data.users[i].role});
  const Cast cast = cast_of(data, actors);
  ws.budgets().set(cast.director, assistances.budget);
  for (const auto& p : assistances.providers) ws.providers().create(cast.compras, p);

  if (data.scale == Scale::Small) {
    services::AtService svc = ws.assistances();
    for (const auto& a : assistances.assistances)
      replay(svc, data, assistances, a, actors[a.asesor_index], cast);
    return;
  }
  // 50,000 AT step by step would be some 300,000 transactions: minutes. As
  // history they are checked (director, dates, subsidy, budget) and written in one.
  const services::SubsidyCalculator calc(ws.database().connection());
  std::vector<services::AtImportRow> rows;
  rows.reserve(assistances.assistances.size());
  for (const auto& a : assistances.assistances)
    rows.push_back(history_row(calc, data, assistances, a, actors, enterprise_ids, cast));
  ws.assistance_imports().import_assistances(cast.director, std::move(rows));
}

}  // namespace cdmype::demo
