// Maps the referral, training and result aggregates onto the report's figures.
#include "report/monthly_outcomes.hpp"

#include "core/territory.hpp"

namespace cdmype::report {

Remisiones remisiones_of(const store::ReferralTotals& t) {
  Remisiones r;
  r.recibidas = t.recibidas;
  for (const auto& d : t.por_distrito) {
    // Same naming as the attended enterprises: a repeated name gets its departamento.
    const bool repeated = Territory::el_salvador().by_name(d.distrito).size() > 1;
    r.por_distrito[repeated ? d.distrito + " (" + d.departamento + ")" : d.distrito] += d.count;
  }
  r.por_estado = CountMap(t.por_estado.begin(), t.por_estado.end());
  return r;
}

Capacitaciones capacitaciones_of(const store::TrainingTotals& t) {
  return Capacitaciones{t.eventos, t.mujeres, t.hombres};
}

Resultados resultados_of(const store::ResultTotals& t) {
  return Resultados{t.empleos_mujeres, t.empleos_hombres, t.ventas_centavos, t.formalizaciones,
                    t.financiamiento_centavos};
}

void fill_outcome_figures(services::Workspace& ws, const YearMonth& month, const Date& from,
                          MonthlyFigures& f) {
  store::OutcomeMonthlyQueries q(ws.database().connection());
  const Date to = month.last_day();
  f.remisiones = remisiones_of(q.referrals(from, to));
  f.capacitaciones = capacitaciones_of(q.trainings(from, to));
  f.resultados = resultados_of(q.results(from, to));
}

}  // namespace cdmype::report
