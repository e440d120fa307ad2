// The AT section of the monthly report as a handful of SUM/COUNT queries over the approval-date
// index.
#include "store/at_monthly_queries.hpp"

#include "core/subsidy_facts.hpp"
#include "store/at_row.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {
namespace {

// LIKE pattern matching one code inside ",a,b,c," ('_' is a LIKE wildcard,
// so it is escaped; ESCAPE is standard SQL). Codes are lower-case ASCII and
// stored so, so LIKE's case rules (ASCII-insensitive on SQLite, exact on
// PostgreSQL) give the same counts.
std::string code_pattern(std::string_view code) {
  std::string out = "%,";
  for (char c : code) {
    if (c == '_' || c == '%' || c == '\\') out += '\\';
    out += c;
  }
  return out + ",%";
}

}  // namespace

AtApprovedTotals AtMonthlyQueries::approved(const Date& from, const Date& to) {
  AtApprovedTotals t;
  const std::string where =
      std::string(" FROM technical_assistance WHERE fecha_aprobacion BETWEEN :from AND :to AND ") +
      kAtCommitsBudgetSql;
  {
    Statement q(db_,
                "SELECT COUNT(*) AS n, COALESCE(SUM(costo_total_centavos), 0) AS costo, "
                "COALESCE(SUM(subsidio_centavos), 0) AS subsidio, "
                "COALESCE(SUM(copago_centavos), 0) AS copago, "
                "COALESCE(SUM(CASE WHEN subsidio_motivos <> '' THEN 1 ELSE 0 END), 0) "
                "AS ponderadas" +
                    where);
    q.bind("from", to_iso(from));
    q.bind("to", to_iso(to));
    q.step();
    t.count = q.int64("n");
    t.costo_centavos = q.int64("costo");
    t.subsidio_centavos = q.int64("subsidio");
    t.copago_centavos = q.int64("copago");
    t.ponderadas = q.int64("ponderadas");
  }
  // One count per condition; a handful of codes, each a scan of the month's rows.
  Statement q(db_, "SELECT COUNT(*) AS n" + where +
                       " AND ',' || subsidio_motivos || ',' LIKE :pattern ESCAPE '\\'");
  for (const auto& entry : code_table<SubsidyCondition>()) {
    q.bind("from", to_iso(from));
    q.bind("to", to_iso(to));
    q.bind("pattern", code_pattern(entry.code));
    q.step();
    if (const auto n = q.int64("n"); n > 0) t.por_motivo[std::string(entry.code)] = n;
    q.reset();
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
