// SQL for the yearly AT fund and the sums of frozen subsidies by approval year.
#include "store/budget_repository.hpp"

#include "store/at_record_json.hpp"
#include "store/at_repository.hpp"
#include "store/at_row.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kColumns = "SELECT year, fondo_centavos, conamype_bp FROM at_budget ";

AtBudget read_budget(Statement& q) {
  return AtBudget{q.int32("year"), Money::from_cents(q.int64("fondo_centavos")),
                  q.int32("conamype_bp")};
}

Money single_sum(Statement& q) {
  q.step();
  return Money::from_cents(q.int64("total"));
}

std::string last_day(int year, const std::optional<Date>& up_to) {
  const std::string end = year_end_iso(year);
  if (!up_to) return end;
  const std::string limit = to_iso(*up_to);
  return limit < end ? limit : end;
}

}  // namespace

std::optional<AtBudget> BudgetRepository::get(int year) {
  Statement q(db_, std::string(kColumns) + "WHERE year = :year");
  q.bind("year", year);
  if (!q.step()) return std::nullopt;
  return read_budget(q);
}

std::vector<AtBudget> BudgetRepository::all() {
  Statement q(db_, std::string(kColumns) + "ORDER BY year");
  std::vector<AtBudget> out;
  while (q.step()) out.push_back(read_budget(q));
  return out;
}

void BudgetRepository::put(const Author& who, const AtBudget& b) {
  require_transaction(db_);
  // Read and written under the caller's write lock: no other seat changes the year in between.
  const auto before = get(b.year);
  Statement st(db_, before ? "UPDATE at_budget SET fondo_centavos = :fondo, conamype_bp = :bp, "
                             "updated_at = :at, updated_by = :user, version = version + 1 "
                             "WHERE year = :year RETURNING id"
                           : "INSERT INTO at_budget (year, fondo_centavos, conamype_bp, "
                             "created_at, updated_at, created_by, updated_by, version) "
                             "VALUES (:year, :fondo, :bp, :at, :at, :user, :user, 1) RETURNING id");
  st.bind("year", b.year);
  st.bind("fondo", b.fondo.cents);
  st.bind("bp", b.conamype_bp);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  st.step();
  const std::int64_t id = st.int64("id");
  st.reset();
  audit_.append(who, before ? AuditOp::Update : AuditOp::Insert, kAuditBudget, id,
                before ? std::optional<std::string>(budget_json(*before)) : std::nullopt,
                budget_json(b));
}

Money BudgetRepository::committed(int year, const std::optional<Date>& up_to) {
  Statement q(db_, std::string("SELECT COALESCE(SUM(subsidio_centavos), 0) AS total FROM "
                               "technical_assistance WHERE fecha_aprobacion BETWEEN :from "
                               "AND :to AND ") +
                       kAtCommitsBudgetSql);
  q.bind("from", year_start_iso(year));
  q.bind("to", last_day(year, up_to));
  return single_sum(q);
}

Money BudgetRepository::executed(int year, const std::optional<Date>& up_to) {
  Statement q(db_,
              "SELECT COALESCE(SUM(subsidio_centavos), 0) AS total FROM technical_assistance "
              "WHERE estado = 'liquidada' AND fecha_aprobacion BETWEEN :from AND :to "
              "AND COALESCE(fecha_liquidacion, fecha_finalizacion, fecha_aprobacion) <= :up_to");
  q.bind("from", year_start_iso(year));
  q.bind("to", year_end_iso(year));
  q.bind("up_to", up_to ? to_iso(*up_to) : std::string("9999-12-31"));
  return single_sum(q);
}

}  // namespace cdmype::store
