// compute_goal_rows: each goal's indicator over the month and over the year to date, from SQL
// aggregates.
#include "report/monthly_goals.hpp"

#include <optional>

#include "core/indicators.hpp"
#include "report/monthly_outcomes.hpp"
#include "report/report_range.hpp"
#include "store/at_monthly_queries.hpp"
#include "store/monthly_queries.hpp"

namespace cdmype::report {
namespace {

std::int64_t month_value(const MonthlyFigures& f, std::string_view code);

// Minutes as whole hours, rounded half-up: the unit of the "horas" goal.
std::int64_t whole_hours(std::int64_t minutes) { return (minutes + 30) / 60; }

// The indicators over one date range; each aggregate runs at most once,
// and only when a goal asks for it.
class RangeIndicators {
 public:
  RangeIndicators(store::Connection& db, store::MonthRange r) : db_(db), q_(db), r_(r) {}

  std::int64_t value(std::string_view code) {
    if (code == "empresas_atendidas") return attended().total;
    if (code == "empresas_mujer") return attended().mujer;
    if (code == "empresas_joven") return attended().joven;
    if (code == "empresas_nuevas") {
      if (!nuevas_) nuevas_ = q_.new_enterprises(r_);
      return *nuevas_;
    }
    if (code == "sesiones") return sessions().count;
    if (code == "horas") return whole_hours(sessions().minutes);
    if (code == "asistencias_tecnicas") return approved().count;
    if (code == "subsidio_centavos") return approved().subsidio_centavos;
    if (code == "asistencias_finalizadas") {
      if (!finalizadas_) finalizadas_ = store::AtMonthlyQueries(db_).finished(r_.from, r_.to);
      return *finalizadas_;
    }
    // Referrals, trainings, results: the sections' own aggregates over the
    // range, read through the same mapping as the month (monthly_outcomes).
    if (code == "remisiones") return outcomes().remisiones.recibidas;
    if (code == "capacitaciones" || code == "participantes" || code.starts_with("empleos") ||
        code == "ventas_centavos" || code == "formalizaciones" ||
        code == "financiamiento_centavos")
      return month_value(outcomes(), code);
    return 0;
  }

 private:
  const store::AttendedTotals& attended() {
    if (!attended_) attended_ = q_.attended_totals(r_);
    return *attended_;
  }
  // Only the three outcome sections are filled; month_value reads them.
  const MonthlyFigures& outcomes() {
    if (!outcomes_) {
      store::OutcomeMonthlyQueries q(db_);
      outcomes_.emplace();
      outcomes_->remisiones = remisiones_of(q.referrals(r_.from, r_.to));
      outcomes_->capacitaciones = capacitaciones_of(q.trainings(r_.from, r_.to));
      outcomes_->resultados = resultados_of(q.results(r_.from, r_.to));
    }
    return *outcomes_;
  }
  const store::SessionTotals& sessions() {
    if (!sessions_) sessions_ = q_.sessions(r_);
    return *sessions_;
  }
  // The AT section's own aggregate, so goals and section agree on what an approval is.
  const store::AtApprovedTotals& approved() {
    if (!approved_) approved_ = store::AtMonthlyQueries(db_).approved(r_.from, r_.to);
    return *approved_;
  }

  store::Connection& db_;
  store::MonthlyQueries q_;
  store::MonthRange r_;
  std::optional<store::AttendedTotals> attended_;
  std::optional<store::SessionTotals> sessions_;
  std::optional<std::int64_t> nuevas_;
  std::optional<store::AtApprovedTotals> approved_;
  std::optional<std::int64_t> finalizadas_;
  std::optional<MonthlyFigures> outcomes_;
};

// The month's value of an indicator, read from the report's sections.
std::int64_t month_value(const MonthlyFigures& f, std::string_view code) {
  if (code == "empresas_atendidas") return f.empresas_atendidas.total;
  if (code == "empresas_mujer") return f.empresas_atendidas.mujer;
  if (code == "empresas_joven") return f.empresas_atendidas.joven;
  if (code == "empresas_nuevas") return f.empresas_nuevas;
  if (code == "sesiones") return f.sesiones.total;
  if (code == "horas") return whole_hours(f.sesiones.minutos);
  if (code == "asistencias_tecnicas") return f.asistencias_tecnicas.aprobadas;
  if (code == "subsidio_centavos") return f.asistencias_tecnicas.subsidio_centavos;
  if (code == "asistencias_finalizadas") return f.asistencias_tecnicas.finalizadas;
  if (code == "remisiones") return f.remisiones.recibidas;
  if (code == "capacitaciones") return f.capacitaciones.eventos;
  if (code == "participantes")
    return f.capacitaciones.participantes_mujeres + f.capacitaciones.participantes_hombres;
  if (code == "empleos") return f.resultados.empleos_mujeres + f.resultados.empleos_hombres;
  if (code == "empleos_mujeres") return f.resultados.empleos_mujeres;
  if (code == "ventas_centavos") return f.resultados.ventas_centavos;
  if (code == "formalizaciones") return f.resultados.formalizaciones;
  if (code == "financiamiento_centavos") return f.resultados.financiamiento_centavos;
  return 0;
}

}  // namespace

std::vector<Meta> compute_goal_rows(services::Workspace& ws, const Actor& actor,
                                    const MonthlyFigures& figures) {
  const auto goals = ws.goals().show(actor, figures.periodo.year);
  if (goals.empty()) return {};
  RangeIndicators year_to_date(ws.database().connection(), year_to_date_range(figures.periodo));
  std::vector<Meta> rows;
  for (const auto& g : goals) {
    Meta m;
    m.indicador = g.indicador;
    m.mes = month_value(figures, g.indicador);
    m.acumulado_anual = year_to_date.value(g.indicador);
    m.meta_anual = g.value;
    m.porcentaje = percent_achieved(m.acumulado_anual, m.meta_anual);
    rows.push_back(std::move(m));
  }
  return rows;
}

}  // namespace cdmype::report
