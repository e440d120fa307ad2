// Fills AsistenciasTecnicas from the store's AT aggregates and the year's budget figures.
#include "report/monthly_assistances.hpp"

#include "services/budget_service.hpp"
#include "store/at_monthly_queries.hpp"

namespace cdmype::report {

AsistenciasTecnicas compute_assistance_figures(services::Workspace& ws, const YearMonth& month,
                                               const Date& from) {
  auto& db = ws.database().connection();
  const Date to = month.last_day();
  store::AtMonthlyQueries q(db);
  const store::AtApprovedTotals t = q.approved(from, to);
  AsistenciasTecnicas a;
  a.aprobadas = t.count;
  a.costo_total_centavos = t.costo_centavos;
  a.subsidio_centavos = t.subsidio_centavos;
  a.aporte_empresas_centavos = t.copago_centavos;
  a.ponderadas = t.ponderadas;
  for (const auto& [motivo, n] : t.por_motivo) a.por_motivo[motivo] = n;
  a.finalizadas = q.finished(from, to);

  const BudgetFigures b = services::budget_figures_of(db, month.year, to);
  if (b.fondo) {
    PresupuestoAt p;
    p.fondo_centavos = b.fondo->cents;
    p.comprometido_centavos = b.committed.cents;
    p.ejecutado_centavos = b.executed.cents;
    p.disponible_centavos = b.remaining ? b.remaining->cents : 0;
    a.presupuesto = p;
  }
  return a;
}

}  // namespace cdmype::report
