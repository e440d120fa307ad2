// SQL for subsidy policy versions and their graduated rules.
#include "store/policy_repository.hpp"

#include <map>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/at_record_json.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

void bind_optional_money(Statement& st, std::string_view name, const std::optional<Money>& m) {
  st.bind(name, m ? std::optional<std::int64_t>(m->cents) : std::nullopt);
}

std::optional<Money> column_optional_money(Statement& q, std::string_view name) {
  const auto cents = q.optional_int64(name);
  if (!cents) return std::nullopt;
  return Money::from_cents(*cents);
}

ConditionSet conditions_of(Statement& q, std::string_view name) {
  auto parsed = parse_condition_codes(column_text(q, name));
  if (!parsed) throw std::runtime_error("condición desconocida en la política guardada");
  return *parsed;
}

}  // namespace

void PolicyRepository::insert(const Author& who, PolicyVersion& v) {
  require_transaction(db_);
  Statement st(db_,
               "INSERT INTO subsidy_policy_version (uuid, effective_from, kind, base_bp, "
               "weighted_bp, weight_conditions, cap_per_at_centavos, "
               "cap_per_enterprise_year_centavos, nota, created_at, created_by) "
               "VALUES (:uuid, :effective_from, :kind, :base_bp, :weighted_bp, "
               ":weight_conditions, :cap_per_at, :cap_per_enterprise_year, :nota, :at, :user) "
               "RETURNING id");
  st.bind("uuid", new_uuid());
  bind_date(st, "effective_from", v.effective_from);
  st.bind("kind", policy_kind_code(v.kind));
  st.bind("base_bp", v.base_bp);
  st.bind("weighted_bp", v.weighted_bp);
  st.bind("weight_conditions", format_condition_codes(v.weight_conditions));
  bind_optional_money(st, "cap_per_at", v.cap_per_at);
  bind_optional_money(st, "cap_per_enterprise_year", v.cap_per_enterprise_year);
  st.bind("nota", v.nota);
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
  try {
    st.step();
  } catch (const DbError& e) {
    if (e.kind() == DbErrorKind::Unique)
      throw UserError("Ya hay una versión de la política que rige desde el " +
                      to_display(v.effective_from) + ".");
    rethrow_friendly(e);
  }
  v.id = st.int64("id");
  st.reset();
  Statement rule(db_,
                 "INSERT INTO subsidy_policy_rule (policy_version_id, position, rule_id, "
                 "nombre, conditions, copago_bp) "
                 "VALUES (:policy_version_id, :position, :rule_id, :nombre, :conditions, "
                 ":copago_bp)");
  for (size_t i = 0; i < v.rules.size(); ++i) {
    const auto& r = v.rules[i];
    rule.bind("policy_version_id", v.id);
    rule.bind("position", static_cast<std::int64_t>(i + 1));
    rule.bind("rule_id", r.id);
    rule.bind("nombre", r.nombre);
    rule.bind("conditions", format_condition_codes(r.conditions));
    rule.bind("copago_bp", r.copago_bp);
    rule.execute();
  }
  audit_.append(who, AuditOp::Insert, kAuditPolicy, v.id, std::nullopt, policy_json(v));
}

std::vector<PolicyVersion> PolicyRepository::all() {
  std::vector<PolicyVersion> out;
  std::map<std::int64_t, size_t> index;
  Statement q(db_,
              "SELECT id, effective_from, kind, base_bp, weighted_bp, weight_conditions, "
              "cap_per_at_centavos, cap_per_enterprise_year_centavos, nota "
              "FROM subsidy_policy_version ORDER BY effective_from");
  while (q.step()) {
    PolicyVersion v;
    v.id = q.int64("id");
    v.effective_from = column_date(q, "effective_from");
    const auto kind = parse_policy_kind(q.text_view("kind"));
    if (!kind) throw std::runtime_error("tipo de política desconocido en la base de datos");
    v.kind = *kind;
    v.base_bp = q.int32("base_bp");
    v.weighted_bp = q.int32("weighted_bp");
    v.weight_conditions = conditions_of(q, "weight_conditions");
    v.cap_per_at = column_optional_money(q, "cap_per_at_centavos");
    v.cap_per_enterprise_year = column_optional_money(q, "cap_per_enterprise_year_centavos");
    v.nota = column_text(q, "nota");
    index[v.id] = out.size();
    out.push_back(std::move(v));
  }
  Statement r(db_,
              "SELECT policy_version_id, rule_id, nombre, conditions, copago_bp "
              "FROM subsidy_policy_rule ORDER BY policy_version_id, position");
  while (r.step()) {
    const auto it = index.find(r.int64("policy_version_id"));
    if (it == index.end()) continue;
    GraduatedRule rule;
    rule.id = r.text("rule_id");
    rule.nombre = column_text(r, "nombre");
    rule.conditions = conditions_of(r, "conditions");
    rule.copago_bp = r.int32("copago_bp");
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
