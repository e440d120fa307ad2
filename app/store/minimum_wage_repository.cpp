// SQL for the dated minimum wage rows.
#include "store/minimum_wage_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/json_object.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

void MinimumWageRepository::insert(const Author& who, MinimumWage& w) {
  require_transaction(db_);
  SQLite::Statement st(db_,
                       "INSERT INTO minimum_wage (uuid, effective_from, monto_centavos, nota, "
                       "created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  st.bind(1, new_uuid());
  bind_date(st, 2, w.vigente_desde);
  st.bind(3, static_cast<int64_t>(w.monto.cents));
  st.bind(4, w.nota);
  st.bind(5, who.at);
  bind_id_or_null(st, 6, who.user_id);
  try {
    st.exec();
  } catch (const SQLite::Exception& e) {
    if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
      throw UserError("Ya hay un salario mínimo que rige desde el " + to_display(w.vigente_desde) +
                      ".");
    throw;
  }
  w.id = db_.getLastInsertRowid();
  AuditRepository(db_).append(who, AuditOp::Insert, kAuditMinimumWage, w.id, std::nullopt,
                              JsonObject()
                                  .text("effective_from", to_iso(w.vigente_desde))
                                  .integer("monto_centavos", w.monto.cents)
                                  .text("nota", w.nota)
                                  .str());
}

std::vector<MinimumWage> MinimumWageRepository::all() {
  SQLite::Statement q(db_,
                      "SELECT id, effective_from, monto_centavos, nota FROM minimum_wage "
                      "ORDER BY effective_from");
  std::vector<MinimumWage> out;
  while (q.executeStep()) {
    MinimumWage w;
    w.id = q.getColumn(0).getInt64();
    w.vigente_desde = column_date(q.getColumn(1));
    w.monto = Money::from_cents(q.getColumn(2).getInt64());
    w.nota = q.getColumn(3).getString();
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace cdmype::store
