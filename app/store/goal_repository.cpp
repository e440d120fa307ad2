// SQL for annual goals; each change carries its audit row in the caller's transaction.
#include "store/goal_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/json_object.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kSelect =
    "SELECT g.id, g.year, g.indicador, g.value, g.version, g.updated_at, "
    "       COALESCE(u.username, '') "
    "FROM annual_goal g LEFT JOIN app_user u ON u.id = g.updated_by ";

std::string goal_json(const AnnualGoal& g) {
  return JsonObject()
      .integer("id", g.id)
      .integer("year", g.year)
      .text("indicador", g.indicador)
      .integer("value", g.value)
      .integer("version", g.version)
      .str();
}

AnnualGoal read_row(SQLite::Statement& q) {
  AnnualGoal g;
  g.id = q.getColumn(0).getInt64();
  g.year = q.getColumn(1).getInt();
  g.indicador = q.getColumn(2).getString();
  g.value = q.getColumn(3).getInt64();
  g.version = q.getColumn(4).getInt();
  g.updated_at = q.getColumn(5).getString();
  g.updated_by = q.getColumn(6).getString();
  return g;
}

}  // namespace

AnnualGoal GoalRepository::upsert(const Author& who, int year, const std::string& indicador,
                                  std::int64_t value) {
  require_transaction(db_);
  const auto before = get(year, indicador);
  if (before && before->value == value) return *before;
  if (before) {
    SQLite::Statement up(db_,
                         "UPDATE annual_goal SET value = ?1, version = version + 1, "
                         "updated_at = ?2, updated_by = ?3 WHERE id = ?4");
    up.bind(1, static_cast<int64_t>(value));
    up.bind(2, who.at);
    bind_id_or_null(up, 3, who.user_id);
    up.bind(4, static_cast<int64_t>(before->id));
    up.exec();
  } else {
    SQLite::Statement ins(
        db_,
        "INSERT INTO annual_goal (year, indicador, value, created_at, "
        "updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5)");
    ins.bind(1, year);
    ins.bind(2, indicador);
    ins.bind(3, static_cast<int64_t>(value));
    ins.bind(4, who.at);
    bind_id_or_null(ins, 5, who.user_id);
    ins.exec();
  }
  const AnnualGoal after = *get(year, indicador);
  AuditRepository(db_).append(
      who, before ? AuditOp::Update : AuditOp::Insert, kAuditGoal, after.id,
      before ? std::optional<std::string>(goal_json(*before)) : std::nullopt, goal_json(after));
  return after;
}

std::optional<AnnualGoal> GoalRepository::get(int year, const std::string& indicador) {
  SQLite::Statement q(db_, std::string(kSelect) + "WHERE g.year = ?1 AND g.indicador = ?2");
  q.bind(1, year);
  q.bind(2, indicador);
  if (!q.executeStep()) return std::nullopt;
  return read_row(q);
}

std::vector<AnnualGoal> GoalRepository::select(const std::string& where, std::optional<int> year) {
  SQLite::Statement q(db_, std::string(kSelect) + where + " ORDER BY g.year, g.indicador");
  if (year) q.bind(1, *year);
  std::vector<AnnualGoal> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
}

std::vector<AnnualGoal> GoalRepository::for_year(int year) {
  return select("WHERE g.year = ?1", year);
}

std::vector<AnnualGoal> GoalRepository::all() { return select("", std::nullopt); }

}  // namespace cdmype::store
