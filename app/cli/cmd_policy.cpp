// `policy show|set|weights`: the versioned subsidy policy and the approval queue's weights.
#include <ostream>
#include <set>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/subsidy_policy.hpp"
#include "core/text.hpp"

namespace cdmype::cli {
namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(sep, start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

ConditionSet conditions_value(const std::string& option, const std::string& text) {
  const auto set = parse_condition_codes(text);
  if (!set)
    throw UserError("--" + option + ": «" + text + "» tiene una condición desconocida; use " +
                    list_codes<SubsidyCondition>());
  return *set;
}

// "mujer_rural:liderada_por_mujer,rural:3;mujer:liderada_por_mujer:5;general::12":
// rules separated by ';', each ID:CONDICIONES:APORTE_% (no conditions: the default rule).
std::vector<GraduatedRule> rules_value(const std::string& text) {
  std::vector<GraduatedRule> rules;
  for (const std::string& piece : split(text, ';')) {
    if (trim(piece).empty()) continue;
    const auto parts = split(piece, ':');
    if (parts.size() != 3)
      throw UserError("--rules: «" + piece +
                      "» no tiene la forma ID:CONDICIONES:APORTE (p. ej. "
                      "mujer_rural:liderada_por_mujer,rural:3)");
    GraduatedRule r;
    r.id = trim(parts[0]);
    r.nombre = r.id;
    r.conditions = conditions_value("rules", parts[1]);
    r.copago_bp = percent_value("rules", trim(parts[2]));
    rules.push_back(std::move(r));
  }
  return rules;
}

void print_version(std::ostream& out, const PolicyVersion& v) {
  out << (v.id == 0 ? std::string("inicial") : "versión " + std::to_string(v.id)) << ": "
      << describe(v) << '\n';
  for (const auto& r : v.rules)
    out << "  regla «" << r.id << "»: "
        << (r.conditions.empty() ? std::string("sin condiciones (por defecto)")
                                 : describe_conditions(r.conditions))
        << " → la empresa aporta " << format_bp(r.copago_bp) << '\n';
  if (!v.nota.empty() && v.id != 0) out << "  nota: " << v.nota << '\n';
}

int policy_show(CommandContext& c) {
  c.args.allow_only({"date"});
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const Date on =
      c.args.option("date") ? date_value("date", *c.args.option("date")) : ws.context().today();
  c.term.out << "Vigente el " << to_display(on) << ":\n";
  print_version(c.term.out, ws.policies().in_force(actor, on));
  c.term.out << "Historial:\n";
  print_version(c.term.out, default_policy());
  for (const auto& v : ws.policies().versions(actor)) print_version(c.term.out, v);
  return 0;
}

int policy_set(CommandContext& c) {
  c.args.allow_only(
      {"from", "base", "weighted", "conditions", "cap-at", "cap-enterprise-year", "rules", "note"});
  PolicyVersion v;
  v.effective_from = date_value("from", c.args.required_option("from"));
  v.nota = c.args.option("note").value_or("");
  if (const auto rules = c.args.option("rules")) {
    if (c.args.option("weighted") || c.args.option("conditions"))
      throw UsageError("--rules (política graduada) no se combina con --weighted ni --conditions");
    v.kind = PolicyKind::Graduated;
    v.rules = rules_value(*rules);
    v.weight_conditions.clear();
    if (const auto base = c.args.option("base")) v.base_bp = percent_value("base", *base);
  } else {
    v.base_bp = percent_value("base", c.args.required_option("base"));
    v.weighted_bp = percent_value("weighted", c.args.required_option("weighted"));
    if (const auto conds = c.args.option("conditions"))
      v.weight_conditions = conditions_value("conditions", *conds);
  }
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (const auto cap = c.args.option("cap-at"))
    v.cap_per_at = money_value("cap-at", *cap, number_format(ws));
  if (const auto cap = c.args.option("cap-enterprise-year"))
    v.cap_per_enterprise_year = money_value("cap-enterprise-year", *cap, number_format(ws));
  const PolicyVersion stored = ws.policies().add(actor, v);
  c.term.err << "Nueva versión de la política de subsidios, " << describe(stored) << ".\n";
  return 0;
}

int policy_weights(CommandContext& c) {
  static const std::pair<const char*, int PriorityWeights::*> kFields[] = {
      {"mujer", &PriorityWeights::mujer},
      {"rural", &PriorityWeights::rural},
      {"asociativa", &PriorityWeights::asociativa},
      {"joven", &PriorityWeights::joven},
      {"retornado", &PriorityWeights::retornado},
      {"primera-at", &PriorityWeights::primera_at_del_anio},
      {"dia-espera", &PriorityWeights::por_dia_espera},
  };
  std::set<std::string> known{"max-dias"};
  for (const auto& f : kFields) known.insert(f.first);
  c.args.allow_only(known);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  PriorityWeights w = ws.policies().weights(actor);
  bool changed = false;
  for (const auto& [name, field] : kFields)
    if (const auto v = c.args.option(name)) {
      w.*field = weight_value(name, *v);
      changed = true;
    }
  if (const auto v = c.args.option("max-dias")) {
    w.max_dias_espera =
        (*v == "sin-limite") ? std::nullopt : std::optional<int>(weight_value("max-dias", *v));
    changed = true;
  }
  if (changed) ws.policies().set_weights(actor, w);
  for (const auto& [name, field] : kFields) c.term.out << name << '\t' << w.*field << '\n';
  c.term.out << "max-dias\t"
             << (w.max_dias_espera ? std::to_string(*w.max_dias_espera) : "sin-limite") << '\n';
  return 0;
}

}  // namespace

int cmd_policy(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando (show, set, weights)");
  c.args.max_positionals(1);
  if (sub == "show") return policy_show(c);
  if (sub == "set") return policy_set(c);
  if (sub == "weights") return policy_weights(c);
  throw UsageError("subcomando de policy desconocido «" + sub + "»");
}

}  // namespace cdmype::cli
