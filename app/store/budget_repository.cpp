// SQL for the yearly AT fund and the sums of frozen subsidies by approval year.
#include "store/budget_repository.hpp"

#include "store/at_record_json.hpp"
#include "store/at_repository.hpp"
#include "store/at_row.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

Money single_sum(SQLite::Statement& q) {
  q.executeStep();
  return Money::from_cents(q.getColumn(0).getInt64());
}

std::string last_day(int year, const std::optional<Date>& up_to) {
  const std::string end = year_end_iso(year);
  if (!up_to) return end;
  const std::string limit = to_iso(*up_to);
  return limit < end ? limit : end;
}

}  // namespace

std::optional<AtBudget> BudgetRepository::get(int year) {
  SQLite::Statement q(db_,
                      "SELECT year, fondo_centavos, conamype_bp FROM at_budget WHERE year = ?1");
  q.bind(1, year);
  if (!q.executeStep()) return std::nullopt;
  return AtBudget{q.getColumn(0).getInt(), Money::from_cents(q.getColumn(1).getInt64()),
                  q.getColumn(2).getInt()};
}

std::vector<AtBudget> BudgetRepository::all() {
  SQLite::Statement q(db_, "SELECT year, fondo_centavos, conamype_bp FROM at_budget ORDER BY year");
  std::vector<AtBudget> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt(), Money::from_cents(q.getColumn(1).getInt64()),
                   q.getColumn(2).getInt()});
  return out;
}

void BudgetRepository::put(const Author& who, const AtBudget& b) {
  require_transaction(db_);
  const auto before = get(b.year);
  if (before) {
    SQLite::Statement st(db_,
                         "UPDATE at_budget SET fondo_centavos = ?2, conamype_bp = ?3, "
                         "updated_at = ?4, updated_by = ?5, version = version + 1 WHERE year = ?1");
    st.bind(1, b.year);
    st.bind(2, static_cast<int64_t>(b.fondo.cents));
    st.bind(3, b.conamype_bp);
    st.bind(4, who.at);
    bind_id_or_null(st, 5, who.user_id);
    st.exec();
  } else {
    SQLite::Statement st(db_,
                         "INSERT INTO at_budget (year, fondo_centavos, conamype_bp, created_at, "
                         "updated_at, created_by, updated_by, version) "
                         "VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5, 1)");
    st.bind(1, b.year);
    st.bind(2, static_cast<int64_t>(b.fondo.cents));
    st.bind(3, b.conamype_bp);
    st.bind(4, who.at);
    bind_id_or_null(st, 5, who.user_id);
    st.exec();
  }
  SQLite::Statement id(db_, "SELECT id FROM at_budget WHERE year = ?1");
  id.bind(1, b.year);
  id.executeStep();
  audit_.append(
      who, before ? AuditOp::Update : AuditOp::Insert, kAuditBudget, id.getColumn(0).getInt64(),
      before ? std::optional<std::string>(budget_json(*before)) : std::nullopt, budget_json(b));
}

Money BudgetRepository::committed(int year, const std::optional<Date>& up_to) {
  SQLite::Statement q(db_, std::string("SELECT COALESCE(SUM(subsidio_centavos), 0) FROM "
                                       "technical_assistance WHERE fecha_aprobacion BETWEEN ?1 "
                                       "AND ?2 AND ") +
                               kAtCommitsBudgetSql);
  q.bind(1, year_start_iso(year));
  q.bind(2, last_day(year, up_to));
  return single_sum(q);
}

Money BudgetRepository::executed(int year, const std::optional<Date>& up_to) {
  SQLite::Statement q(
      db_,
      "SELECT COALESCE(SUM(subsidio_centavos), 0) FROM technical_assistance "
      "WHERE estado = 'liquidada' AND fecha_aprobacion BETWEEN ?1 AND ?2 "
      "AND COALESCE(fecha_liquidacion, fecha_finalizacion, fecha_aprobacion) <= ?3");
  q.bind(1, year_start_iso(year));
  q.bind(2, year_end_iso(year));
  q.bind(3, up_to ? to_iso(*up_to) : std::string("9999-12-31"));
  return single_sum(q);
}

}  // namespace cdmype::store
