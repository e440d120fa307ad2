// The AT section of the monthly report as a handful of SUM/COUNT queries over the approval-date
// index.
#include "store/at_monthly_queries.hpp"

#include <SQLiteCpp/Statement.h>

#include "core/subsidy_facts.hpp"
#include "store/at_row.hpp"

namespace cdmype::store {
namespace {

// LIKE pattern matching one code inside ",a,b,c," ('_' is a LIKE wildcard,
// so it is escaped; ESCAPE is standard SQL).
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
  const std::string where = std::string(
                                " FROM technical_assistance WHERE fecha_aprobacion BETWEEN "
                                "?1 AND ?2 AND ") +
                            kAtCommitsBudgetSql;
  {
    SQLite::Statement q(db_,
                        "SELECT COUNT(*), COALESCE(SUM(costo_total_centavos), 0), "
                        "COALESCE(SUM(subsidio_centavos), 0), "
                        "COALESCE(SUM(copago_centavos), 0), "
                        "COALESCE(SUM(CASE WHEN subsidio_motivos <> '' THEN 1 ELSE 0 END), 0)" +
                            where);
    q.bind(1, to_iso(from));
    q.bind(2, to_iso(to));
    q.executeStep();
    t.count = q.getColumn(0).getInt64();
    t.costo_centavos = q.getColumn(1).getInt64();
    t.subsidio_centavos = q.getColumn(2).getInt64();
    t.copago_centavos = q.getColumn(3).getInt64();
    t.ponderadas = q.getColumn(4).getInt64();
  }
  // One count per condition; a handful of codes, each a scan of the month's rows.
  SQLite::Statement q(
      db_, "SELECT COUNT(*)" + where + " AND ',' || subsidio_motivos || ',' LIKE ?3 ESCAPE '\\'");
  for (const auto& entry : code_table<SubsidyCondition>()) {
    q.bind(1, to_iso(from));
    q.bind(2, to_iso(to));
    q.bind(3, code_pattern(entry.code));
    q.executeStep();
    if (const auto n = q.getColumn(0).getInt64(); n > 0) t.por_motivo[std::string(entry.code)] = n;
    q.reset();
  }
  return t;
}

std::int64_t AtMonthlyQueries::finished(const Date& from, const Date& to) {
  SQLite::Statement q(db_,
                      "SELECT COUNT(*) FROM technical_assistance WHERE fecha_finalizacion BETWEEN "
                      "?1 AND ?2 AND estado IN ('finalizada','liquidada')");
  q.bind(1, to_iso(from));
  q.bind(2, to_iso(to));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
