// SQL for annual goals; each change carries its audit row in the caller's transaction.
#include "store/goal_repository.hpp"

#include "store/json_object.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kSelect =
    "SELECT g.id, g.year, g.indicador, g.value, g.version, g.updated_at, "
    "       COALESCE(u.username, '') AS updated_by_username "
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

AnnualGoal read_row(Statement& q) {
  AnnualGoal g;
  g.id = q.int64("id");
  g.year = q.int32("year");
  g.indicador = q.text("indicador");
  g.value = q.int64("value");
  g.version = q.int32("version");
  g.updated_at = q.text("updated_at");
  g.updated_by = q.text("updated_by_username");
  return g;
}

}  // namespace

AnnualGoal GoalRepository::upsert(const Author& who, int year, const std::string& indicador,
                                  std::int64_t value) {
  require_transaction(db_);
  const auto before = get(year, indicador);
  if (before && before->value == value) return *before;
  if (before) {
    Statement up(db_,
                 "UPDATE annual_goal SET value = :value, version = version + 1, "
                 "updated_at = :at, updated_by = :user_id WHERE id = :id");
    up.bind("value", value);
    up.bind("at", who.at);
    bind_id_or_null(up, "user_id", who.user_id);
    up.bind("id", before->id);
    up.execute();
  } else {
    Statement ins(db_,
                  "INSERT INTO annual_goal (year, indicador, value, created_at, updated_at, "
                  "created_by, updated_by) VALUES (:year, :indicador, :value, :at, :at, "
                  ":user_id, :user_id)");
    ins.bind("year", year);
    ins.bind("indicador", indicador);
    ins.bind("value", value);
    ins.bind("at", who.at);
    bind_id_or_null(ins, "user_id", who.user_id);
    ins.execute();
  }
  const AnnualGoal after = *get(year, indicador);
  AuditRepository(db_).append(
      who, before ? AuditOp::Update : AuditOp::Insert, kAuditGoal, after.id,
      before ? std::optional<std::string>(goal_json(*before)) : std::nullopt, goal_json(after));
  return after;
}

std::optional<AnnualGoal> GoalRepository::get(int year, const std::string& indicador) {
  Statement q(db_, std::string(kSelect) + "WHERE g.year = :year AND g.indicador = :indicador");
  q.bind("year", year);
  q.bind("indicador", indicador);
  if (!q.step()) return std::nullopt;
  return read_row(q);
}

std::vector<AnnualGoal> GoalRepository::select(const std::string& where, std::optional<int> year) {
  Statement q(db_, std::string(kSelect) + where + " ORDER BY g.year, g.indicador");
  if (year) q.bind("year", *year);
  std::vector<AnnualGoal> out;
  while (q.step()) out.push_back(read_row(q));
  return out;
}

std::vector<AnnualGoal> GoalRepository::for_year(int year) {
  return select("WHERE g.year = :year", year);
}

std::vector<AnnualGoal> GoalRepository::all() { return select("", std::nullopt); }

}  // namespace cdmype::store
