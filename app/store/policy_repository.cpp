// SQL for subsidy policy versions and their graduated rules.
#include "store/policy_repository.hpp"

#include <sqlite3.h>

#include <map>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/at_record_json.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

void bind_optional_money(SQLite::Statement& st, int index, const std::optional<Money>& m) {
  if (m)
    st.bind(index, static_cast<int64_t>(m->cents));
  else
    st.bind(index);
}

std::optional<Money> column_optional_money(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Money::from_cents(c.getInt64());
}

ConditionSet conditions_of(const SQLite::Column& c) {
  auto parsed = parse_condition_codes(column_text(c));
  if (!parsed) throw std::runtime_error("condición desconocida en la política guardada");
  return *parsed;
}

}  // namespace

void PolicyRepository::insert(const Author& who, PolicyVersion& v) {
  require_transaction(db_);
  SQLite::Statement st(db_,
                       "INSERT INTO subsidy_policy_version (uuid, effective_from, kind, base_bp, "
                       "weighted_bp, weight_conditions, cap_per_at_centavos, "
                       "cap_per_enterprise_year_centavos, nota, created_at, created_by) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  st.bind(1, new_uuid());
  bind_date(st, 2, v.effective_from);
  st.bind(3, std::string(policy_kind_code(v.kind)));
  st.bind(4, v.base_bp);
  st.bind(5, v.weighted_bp);
  st.bind(6, format_condition_codes(v.weight_conditions));
  bind_optional_money(st, 7, v.cap_per_at);
  bind_optional_money(st, 8, v.cap_per_enterprise_year);
  st.bind(9, v.nota);
  st.bind(10, who.at);
  bind_id_or_null(st, 11, who.user_id);
  try {
    st.exec();
  } catch (const SQLite::Exception& e) {
    if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
      throw UserError("Ya hay una versión de la política que rige desde el " +
                      to_display(v.effective_from) + ".");
    throw;
  }
  v.id = db_.getLastInsertRowid();
  SQLite::Statement rule(db_,
                         "INSERT INTO subsidy_policy_rule (policy_version_id, position, rule_id, "
                         "nombre, conditions, copago_bp) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (size_t i = 0; i < v.rules.size(); ++i) {
    const auto& r = v.rules[i];
    rule.bind(1, static_cast<int64_t>(v.id));
    rule.bind(2, static_cast<int>(i + 1));
    rule.bind(3, r.id);
    rule.bind(4, r.nombre);
    rule.bind(5, format_condition_codes(r.conditions));
    rule.bind(6, r.copago_bp);
    rule.exec();
    rule.reset();
  }
  audit_.append(who, AuditOp::Insert, kAuditPolicy, v.id, std::nullopt, policy_json(v));
}

std::vector<PolicyVersion> PolicyRepository::all() {
  std::vector<PolicyVersion> out;
  std::map<std::int64_t, size_t> index;
  SQLite::Statement q(db_,
                      "SELECT id, effective_from, kind, base_bp, weighted_bp, weight_conditions, "
                      "cap_per_at_centavos, cap_per_enterprise_year_centavos, nota "
                      "FROM subsidy_policy_version ORDER BY effective_from");
  while (q.executeStep()) {
    PolicyVersion v;
    v.id = q.getColumn(0).getInt64();
    v.effective_from = column_date(q.getColumn(1));
    const auto kind = parse_policy_kind(q.getColumn(2).getText());
    if (!kind) throw std::runtime_error("tipo de política desconocido en la base de datos");
    v.kind = *kind;
    v.base_bp = q.getColumn(3).getInt();
    v.weighted_bp = q.getColumn(4).getInt();
    v.weight_conditions = conditions_of(q.getColumn(5));
    v.cap_per_at = column_optional_money(q.getColumn(6));
    v.cap_per_enterprise_year = column_optional_money(q.getColumn(7));
    v.nota = q.getColumn(8).getString();
    index[v.id] = out.size();
    out.push_back(std::move(v));
  }
  SQLite::Statement r(db_,
                      "SELECT policy_version_id, rule_id, nombre, conditions, copago_bp "
                      "FROM subsidy_policy_rule ORDER BY policy_version_id, position");
  while (r.executeStep()) {
    const auto it = index.find(r.getColumn(0).getInt64());
    if (it == index.end()) continue;
    GraduatedRule rule;
    rule.id = r.getColumn(1).getString();
    rule.nombre = r.getColumn(2).getString();
    rule.conditions = conditions_of(r.getColumn(3));
    rule.copago_bp = r.getColumn(4).getInt();
    out[it->second].rules.push_back(std::move(rule));
  }
  return out;
}

std::optional<PolicyVersion> PolicyRepository::get(std::int64_t id) {
  for (auto& v : all())
    if (v.id == id) return std::move(v);
  return std::nullopt;
}

}  // namespace cdmype::store
