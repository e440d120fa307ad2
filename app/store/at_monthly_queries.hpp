// SQL aggregates of technical assistance behind the monthly report (approved and finished in a
// month).
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "core/dates.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// AT decided in the range and approved: state aprobada or later, still
// committing the budget. Rejected ones are not approvals, and one cancelled
// after approval is left out too, because its subsidy was released.
struct AtApprovedTotals {
  std::int64_t count = 0;
  std::int64_t costo_centavos = 0;
  std::int64_t subsidio_centavos = 0;
  std::int64_t copago_centavos = 0;
  std::int64_t ponderadas = 0;                     // with at least one weighting reason
  std::map<std::string, std::int64_t> por_motivo;  // condition code → AT (only codes that occur)
};

class AtMonthlyQueries {
 public:
  explicit AtMonthlyQueries(Connection& db) : db_(db) {}

  // fecha_aprobacion in [from, to].
  AtApprovedTotals approved(const Date& from, const Date& to);
  // fecha_finalizacion in [from, to] and state finalizada or liquidada.
  std::int64_t finished(const Date& from, const Date& to);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
