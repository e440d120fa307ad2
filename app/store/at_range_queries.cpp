// at_range_totals: two range scans over the AT date indexes.
#include "store/at_range_queries.hpp"

#include <SQLiteCpp/Statement.h>

namespace cdmype::store {

AtRangeTotals at_range_totals(SQLite::Database& db, const MonthRange& r) {
  AtRangeTotals t;
  SQLite::Statement approved(
      db,
      "SELECT COUNT(*), COALESCE(SUM(subsidio_centavos), 0) FROM technical_assistance "
      "WHERE fecha_aprobacion BETWEEN ?1 AND ?2 "
      "  AND estado IN ('aprobada','contratada','en_ejecucion','finalizada','liquidada')");
  approved.bind(1, to_iso(r.from));
  approved.bind(2, to_iso(r.to));
  if (approved.executeStep()) {
    t.aprobadas = approved.getColumn(0).getInt64();
    t.subsidio_centavos = approved.getColumn(1).getInt64();
  }
  SQLite::Statement finished(db,
                             "SELECT COUNT(*) FROM technical_assistance "
                             "WHERE fecha_finalizacion BETWEEN ?1 AND ?2 "
                             "  AND estado IN ('finalizada','liquidada')");
  finished.bind(1, to_iso(r.from));
  finished.bind(2, to_iso(r.to));
  if (finished.executeStep()) t.finalizadas = finished.getColumn(0).getInt64();
  return t;
}

}  // namespace cdmype::store
