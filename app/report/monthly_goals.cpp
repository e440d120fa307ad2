// compute_goal_rows: each goal's indicator over the month and over the year to date, from SQL aggregates.
#include "report/monthly_goals.hpp"

#include <optional>

#include "core/indicators.hpp"
#include "report/report_range.hpp"
#include "store/at_monthly_queries.hpp"
#include "store/monthly_queries.hpp"

namespace cdmype::report {
namespace {

// The indicators over one date range; each aggregate runs at most once,
// and only when a goal asks for it.
class RangeIndicators {
 public:
  RangeIndicators(SQLite::Database& db, store::MonthRange r) : db_(db), q_(db), r_(r) {}

  std::int64_t value(std::string_view code) {
    if (code == "empresas_atendidas") return attended().total;
    if (code == "empresas_mujer") return attended().mujer;
    if (code == "empresas_joven") return attended().joven;
    if (code == "empresas_nuevas") {
      if (!nuevas_) nuevas_ = q_.new_enterprises(r_);
      return *nuevas_;
    }
    if (code == "sesiones") return sessions().count;
    if (code == "horas") return (sessions().minutes + 30) / 60;  // whole hours, half-up
    if (code == "asistencias_tecnicas") return approved().count;
    if (code == "subsidio_centavos") return approved().subsidio_centavos;
    if (code == "asistencias_finalizadas") {
      if (!finalizadas_) finalizadas_ = store::AtMonthlyQueries(db_).finished(r_.from, r_.to);
      return *finalizadas_;
    }
    return 0;  // referrals, trainings, results: not recorded by this version yet
  }

 private:
  const store::AttendedTotals& attended() {
    if (!attended_) attended_ = q_.attended_totals(r_);
    return *attended_;
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

  SQLite::Database& db_;
  store::MonthlyQueries q_;
  store::MonthRange r_;
  std::optional<store::AttendedTotals> attended_;
  std::optional<store::SessionTotals> sessions_;
  std::optional<std::int64_t> nuevas_;
  std::optional<store::AtApprovedTotals> approved_;
  std::optional<std::int64_t> finalizadas_;
};

}  // namespace

std::vector<Meta> compute_goal_rows(services::Workspace& ws, const Actor& actor,
                                    const YearMonth& month) {
  const auto goals = ws.goals().show(actor, month.year);
  if (goals.empty()) return {};
  SQLite::Database& db = ws.database().connection();
  RangeIndicators in_month(db, month_range(month));
  RangeIndicators year_to_date(db, year_to_date_range(month));
  std::vector<Meta> rows;
  for (const auto& g : goals) {
    Meta m;
    m.indicador = g.indicador;
    m.mes = in_month.value(g.indicador);
    m.acumulado_anual = year_to_date.value(g.indicador);
    m.meta_anual = g.value;
    m.porcentaje = percent_achieved(m.acumulado_anual, m.meta_anual);
    rows.push_back(std::move(m));
  }
  return rows;
}

}  // namespace cdmype::report
