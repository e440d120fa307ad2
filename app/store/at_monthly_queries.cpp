// The AT section of the monthly report as a handful of SUM/COUNT queries over the approval-date
// index.
#include "store/at_monthly_queries.hpp"

#include "core/subsidy_facts.hpp"
#include "store/at_row.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {
AtApprovedTotals AtMonthlyQueries::approved(const Date& from, const Date& to) {
  // One pass over the range, grouped by the stored reasons: a handful of
  // distinct lists ("", "rural", "liderada_por_mujer,rural", …). The totals are
  // the sum of the groups, and each list is read with the parser the AT rows
  // use (at_row.cpp), so a reason is counted exactly as the record shows it.
  Statement q(db_,
              "SELECT subsidio_motivos AS motivos, COUNT(*) AS n, "
              "COALESCE(SUM(costo_total_centavos), 0) AS costo, "
              "COALESCE(SUM(subsidio_centavos), 0) AS subsidio, "
              "COALESCE(SUM(copago_centavos), 0) AS copago "
              "FROM technical_assistance WHERE fecha_aprobacion BETWEEN :from AND :to AND " +
                  std::string(kAtCommitsBudgetSql) + " GROUP BY subsidio_motivos");
  q.bind("from", to_iso(from));
  q.bind("to", to_iso(to));
  AtApprovedTotals t;
  while (q.step()) {
    const std::int64_t n = q.int64("n");
    t.count += n;
    t.costo_centavos += q.int64("costo");
    t.subsidio_centavos += q.int64("subsidio");
    t.copago_centavos += q.int64("copago");
    const std::string motivos = q.is_null("motivos") ? std::string() : q.text("motivos");
    if (motivos.empty()) continue;
    t.ponderadas += n;
    for (const auto c : parse_condition_codes(motivos).value_or(ConditionSet{}))
      t.por_motivo[std::string(code_of(c))] += n;
  }
  return t;
}

std::int64_t AtMonthlyQueries::finished(const Date& from, const Date& to) {
  Statement q(db_,
              "SELECT COUNT(*) AS n FROM technical_assistance WHERE fecha_finalizacion BETWEEN "
              ":from AND :to AND estado IN ('finalizada','liquidada')");
  q.bind("from", to_iso(from));
  q.bind("to", to_iso(to));
  q.step();
  return q.int64("n");
}

}  // namespace cdmype::store
