// Versions of the subsidy policy: the default, selection by date, validation and description.
#include "core/subsidy_policy.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"

namespace cdmype {
namespace {

const ConditionSet kTwoStepConditions{SubsidyCondition::LideradaPorMujer, SubsidyCondition::Rural,
                                      SubsidyCondition::Asociativa};

// "a", "a o b", "a, b o c".
std::string join_with_o(const ConditionSet& conditions) {
  std::string out;
  size_t i = 0;
  for (auto c : conditions) {
    if (i > 0) out += (i + 1 == conditions.size()) ? " o " : ", ";
    out += condition_label(c);
    ++i;
  }
  return out;
}

std::string bp_range_problem(std::string_view field, int bp) {
  if (bp >= 0 && bp <= kFullBp) return {};
  return std::string(field) + ": debe estar entre 0 % y 100 % (es " + format_bp(bp) + ").";
}

void check_cap(std::vector<std::string>& problems, std::string_view field,
               const std::optional<Money>& cap) {
  if (cap && cap->cents <= 0)
    problems.push_back(std::string(field) +
                       ": debe ser mayor que $0.00; para no tener tope, déjelo vacío.");
}

// At most one of pequeña and the three micro categories (micro itself goes
// with a category: "micro de subsistencia" is a micro).
bool sizes_compatible(const ConditionSet& c) {
  const int exclusive = int(c.contains(SubsidyCondition::Pequena)) +
                        int(c.contains(SubsidyCondition::MicroSubsistencia)) +
                        int(c.contains(SubsidyCondition::MicroAcumulacion)) +
                        int(c.contains(SubsidyCondition::MicroExpansion));
  const bool micro_and_pequena =
      c.contains(SubsidyCondition::Micro) && c.contains(SubsidyCondition::Pequena);
  return exclusive <= 1 && !micro_and_pequena;
}

void check_rules(std::vector<std::string>& problems, const PolicyVersion& v) {
  if (v.rules.empty()) {
    problems.push_back("reglas: una política graduada necesita al menos una regla.");
    return;
  }
  std::set<std::string> ids;
  int defaults = 0;
  for (size_t i = 0; i < v.rules.size(); ++i) {
    const auto& r = v.rules[i];
    const std::string id = trim(r.id);
    const std::string name = id.empty() ? "regla " + std::to_string(i + 1) : "regla «" + id + "»";
    if (id.empty())
      problems.push_back(name + ": falta el identificador.");
    else if (!ids.insert(id).second)
      problems.push_back(name + ": el identificador está repetido.");
    if (r.copago_bp < kMinCopagoBp || r.copago_bp > kMaxCopagoBp)
      problems.push_back(name + ": el aporte de la empresa debe estar entre " +
                         format_bp(kMinCopagoBp) + " y " + format_bp(kMaxCopagoBp) + " (es " +
                         format_bp(r.copago_bp) + ").");
    if (!sizes_compatible(r.conditions))
      problems.push_back(name +
                         ": no puede exigir dos tamaños a la vez (micro y pequeña, o dos "
                         "categorías de micro); ninguna empresa la cumpliría.");
    if (r.conditions.empty()) ++defaults;
  }
  if (defaults > 1)
    problems.push_back(
        "reglas: solo puede haber una regla sin condiciones (la regla por defecto).");
}

}  // namespace

std::string_view policy_kind_code(PolicyKind k) {
  return k == PolicyKind::TwoStep ? "dos_pasos" : "graduada";
}

std::optional<PolicyKind> parse_policy_kind(std::string_view text) {
  const std::string t = fold_for_match(text);
  if (t == "dos pasos") return PolicyKind::TwoStep;
  if (t == "graduada") return PolicyKind::Graduated;
  return std::nullopt;
}

Date earliest_policy_date() { return Date(2000, 1, 1); }

PolicyVersion default_policy() {
  PolicyVersion v;
  v.id = 0;
  v.effective_from = earliest_policy_date();
  v.nota = "Política inicial: 90/10, ponderada 95/5.";
  return v;
}

PolicyVersion policy_in_force(std::span<const PolicyVersion> versions, const Date& on) {
  const PolicyVersion* best = nullptr;
  for (const auto& v : versions) {
    if (v.effective_from.is_special() || v.effective_from > on) continue;
    if (!best || v.effective_from >= best->effective_from) best = &v;
  }
  return best ? *best : default_policy();
}

std::vector<std::string> validate(const PolicyVersion& v) {
  std::vector<std::string> problems;
  if (v.effective_from.is_special())
    problems.push_back("vigencia: falta la fecha desde la que rige.");
  else if (v.effective_from < earliest_policy_date())
    problems.push_back("vigencia: no puede ser anterior al " + to_display(earliest_policy_date()) +
                       ".");
  if (auto p = bp_range_problem("porcentaje base", v.base_bp); !p.empty()) problems.push_back(p);
  check_cap(problems, "tope por asistencia", v.cap_per_at);
  check_cap(problems, "tope por empresa y año", v.cap_per_enterprise_year);

  if (v.kind == PolicyKind::TwoStep) {
    if (auto p = bp_range_problem("porcentaje ponderado", v.weighted_bp); !p.empty())
      problems.push_back(p);
    else if (v.weighted_bp < v.base_bp)
      problems.push_back("porcentaje ponderado: no puede ser menor que el base (" +
                         format_bp(v.base_bp) + "); la ponderación favorece a la empresa.");
    for (auto c : v.weight_conditions)
      if (!kTwoStepConditions.contains(c))
        problems.push_back("condiciones de ponderación: «" + std::string(condition_label(c)) +
                           "» no se usa en la política de dos pasos; use " +
                           join_with_o(kTwoStepConditions) + ", o una política graduada.");
    if (!v.rules.empty())
      problems.push_back("reglas: una política de dos pasos no lleva reglas graduadas.");
  } else {
    check_rules(problems, v);
  }
  return problems;
}

std::vector<std::string> validate_new_version(const PolicyVersion& v,
                                              std::span<const PolicyVersion> existing) {
  auto problems = validate(v);
  if (v.effective_from.is_special()) return problems;
  for (const auto& old : existing) {
    if (old.effective_from.is_special() || v.effective_from > old.effective_from) continue;
    problems.push_back("vigencia: ya hay una versión que rige desde el " +
                       to_display(old.effective_from) +
                       "; la nueva debe regir desde una fecha posterior.");
    break;
  }
  return problems;
}

std::string format_bp(int bp) {
  std::string out = bp < 0 ? "-" : "";
  const int a = bp < 0 ? -bp : bp;
  out += std::to_string(a / 100);
  if (int frac = a % 100; frac != 0) {
    out += '.';
    out += char('0' + frac / 10);
    if (frac % 10 != 0) out += char('0' + frac % 10);
  }
  return out + " %";
}

std::string describe(const PolicyVersion& v) {
  std::string out = "desde " + to_display(v.effective_from) + ": ";
  if (v.kind == PolicyKind::TwoStep) {
    out += format_bp(v.base_bp);
    if (!v.weight_conditions.empty() && v.weighted_bp != v.base_bp)
      out += ", " + format_bp(v.weighted_bp) + " si " + join_with_o(v.weight_conditions);
  } else {
    int lo = kFullBp, hi = 0;
    for (const auto& r : v.rules) {
      lo = std::min(lo, r.copago_bp);
      hi = std::max(hi, r.copago_bp);
    }
    out += "graduada, " + std::to_string(v.rules.size()) +
           (v.rules.size() == 1 ? " regla" : " reglas");
    if (!v.rules.empty())
      out += " (aporte de la empresa " + format_bp(lo) + " a " + format_bp(hi) + ")";
  }
  if (!v.cap_per_at && !v.cap_per_enterprise_year) return out + "; sin topes";
  out += ";";
  if (v.cap_per_at) out += " tope por asistencia " + format_money(*v.cap_per_at);
  if (v.cap_per_at && v.cap_per_enterprise_year) out += ",";
  if (v.cap_per_enterprise_year)
    out += " tope por empresa y año " + format_money(*v.cap_per_enterprise_year);
  return out;
}

}  // namespace cdmype
