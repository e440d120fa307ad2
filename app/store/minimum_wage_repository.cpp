// SQL for the dated minimum wage rows.
#include "store/minimum_wage_repository.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/json_object.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

void MinimumWageRepository::insert(const Author& who, MinimumWage& w) {
  require_transaction(db_);
  Statement st(db_,
               "INSERT INTO minimum_wage (uuid, effective_from, monto_centavos, nota, "
               "created_at, created_by) "
               "VALUES (:uuid, :effective_from, :monto_centavos, :nota, :at, :user) RETURNING id");
  st.bind("uuid", new_uuid());
  bind_date(st, "effective_from", w.vigente_desde);
  st.bind("monto_centavos", w.monto.cents);
  st.bind("nota", w.nota);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  try {
    st.step();
  } catch (const DbError& e) {
    if (e.kind() == DbErrorKind::Unique)
      throw UserError("Ya hay un salario mínimo que rige desde el " + to_display(w.vigente_desde) +
                      ".");
    rethrow_friendly(e);
  }
  w.id = st.int64("id");
  st.reset();
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditMinimumWage, w.id, std::nullopt,
                              JsonObject()
                                  .text("effective_from", to_iso(w.vigente_desde))
                                  .integer("monto_centavos", w.monto.cents)
                                  .text("nota", w.nota)
                                  .str());
}

std::vector<MinimumWage> MinimumWageRepository::all() {
  Statement q(db_,
              "SELECT id, effective_from, monto_centavos, nota FROM minimum_wage "
              "ORDER BY effective_from");
  std::vector<MinimumWage> out;
  while (q.step()) {
    MinimumWage w;
    w.id = q.int64("id");
    w.vigente_desde = column_date(q, "effective_from");
    w.monto = Money::from_cents(q.int64("monto_centavos"));
    w.nota = column_text(q, "nota");
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace cdmype::store
