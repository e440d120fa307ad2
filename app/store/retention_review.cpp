// SQL of the retention review: last activity per closed or graduated file, and keep decisions.
#include "store/retention_review.hpp"

#include <algorithm>

#include "store/json_object.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// The calendar date a stored date or timestamp starts with (its first 10 characters).
std::optional<Date> day_of(Statement& q, std::string_view column) {
  if (q.is_null(column)) return std::nullopt;
  const std::string text = column_text(q, column);
  return parse_iso_date(text.substr(0, 10));
}

}  // namespace

std::vector<RetentionCandidate> retention_candidates(Connection& db, const Date& cutoff) {
  // Text MAX over ISO dates and timestamps sorts as time, on both engines.
  Statement q(db,
              "SELECT e.id, e.codigo, e.nombre, e.estado, e.fecha_ingreso, "
              "(SELECT MAX(s.fecha) FROM advisory_session s WHERE s.enterprise_id = e.id) AS s, "
              "(SELECT MAX(a.fecha_solicitud) FROM technical_assistance a "
              " WHERE a.enterprise_id = e.id) AS a, "
              "(SELECT MAX(r.fecha) FROM result r WHERE r.enterprise_id = e.id) AS r, "
              "(SELECT MAX(d.decidida) FROM retention_decision d "
              " WHERE d.enterprise_id = e.id) AS kept "
              "FROM enterprise e WHERE e.estado IN ('graduada', 'cerrada') ORDER BY e.codigo");
  std::vector<RetentionCandidate> out;
  while (q.step()) {
    if (const auto kept = day_of(q, "kept"); kept && *kept >= cutoff) continue;
    // Dates of the work itself: an import or an edit today is not activity with the person.
    Date last = day_of(q, "fecha_ingreso").value_or(Date(1900, 1, 1));
    for (const char* column : {"s", "a", "r"})
      if (const auto d = day_of(q, column)) last = std::max(last, *d);
    if (last >= cutoff) continue;
    out.push_back({q.int64("id"), column_text(q, "codigo"), column_text(q, "nombre"),
                   column_text(q, "estado"), last});
  }
  return out;
}

void keep_file(Connection& db, const Author& who, std::int64_t enterprise_id, const Date& on,
               const std::string& reason) {
  require_transaction(db);
  Statement st(db,
               "INSERT INTO retention_decision (enterprise_id, decidida, motivo, created_at, "
               "created_by) VALUES (:e, :on, :motivo, :at, :user) RETURNING id");
  st.bind("e", enterprise_id);
  bind_date(st, "on", on);
  st.bind("motivo", reason);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  st.step();
  const std::int64_t id = st.int64("id");
  st.reset();
  AuditRepository(db).append(who, AuditOp::Insert, kAuditRetention, id, std::nullopt,
                             JsonObject()
                                 .integer("enterprise_id", enterprise_id)
                                 .text("decidida", to_iso(on))
                                 .text("motivo", reason)
                                 .str());
}

}  // namespace cdmype::store
