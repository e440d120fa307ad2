// Technical-assistance aggregates over any date range, for the goals' month and year to date.
#pragma once
#include <cstdint>

#include <SQLiteCpp/Database.h>

#include "store/monthly_queries.hpp"

namespace cdmype::store {

struct AtRangeTotals {
  std::int64_t aprobadas = 0;          // approval date in range, approved or later (not rejected)
  std::int64_t subsidio_centavos = 0;  // their subsidies
  std::int64_t finalizadas = 0;        // finalization date in range
};

// Indexed by at_fecha_aprobacion / at_fecha_finalizacion.
AtRangeTotals at_range_totals(SQLite::Database& db, const MonthRange& r);

}  // namespace cdmype::store
