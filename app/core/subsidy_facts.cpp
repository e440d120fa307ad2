// Codes of the subsidy conditions and the derivation of an enterprise's facts.
#include "core/subsidy_facts.hpp"

#include <array>

#include "core/text.hpp"

namespace cdmype {
namespace {

// display is the label used inside sentences, hence lower case.
constexpr std::array<CodeEntry<SubsidyCondition>, 11> kConditions{{
    {SubsidyCondition::LideradaPorMujer, "liderada_por_mujer", "liderada por mujer"},
    {SubsidyCondition::Rural, "rural", "rural"},
    {SubsidyCondition::Asociativa, "asociativa", "asociativa"},
    {SubsidyCondition::Joven, "joven", "joven"},
    {SubsidyCondition::Retornado, "retornado", "retornado"},
    {SubsidyCondition::Discapacidad, "discapacidad", "con discapacidad"},
    {SubsidyCondition::Micro, "micro", "micro"},
    {SubsidyCondition::Pequena, "pequena", "pequeña"},
    {SubsidyCondition::MicroSubsistencia, "micro_subsistencia", "micro de subsistencia"},
    {SubsidyCondition::MicroAcumulacion, "micro_acumulacion", "micro de acumulación"},
    {SubsidyCondition::MicroExpansion, "micro_expansion", "micro de expansión"},
}};

std::string join(const ConditionSet& conditions, bool codes) {
  std::string out;
  for (auto c : conditions) {
    if (!out.empty()) out += codes ? "," : ", ";
    out += codes ? code_of(c) : condition_label(c);
  }
  return out;
}

}  // namespace

template <>
std::span<const CodeEntry<SubsidyCondition>> code_table<SubsidyCondition>() {
  return kConditions;
}

template <>
std::optional<SubsidyCondition> parse_code<SubsidyCondition>(std::string_view text) {
  const std::string wanted = fold_for_match(text);
  if (wanted.empty()) return std::nullopt;
  for (const auto& e : kConditions)
    if (fold_for_match(e.code) == wanted || fold_for_match(e.display) == wanted) return e.value;
  return std::nullopt;
}

template <>
std::string list_codes<SubsidyCondition>() {
  std::string out;
  for (const auto& e : kConditions) {
    if (!out.empty()) out += ", ";
    out += e.code;
  }
  return out;
}

std::string_view condition_label(SubsidyCondition c) { return display_of(c); }

std::string describe_conditions(const ConditionSet& conditions) { return join(conditions, false); }

std::string format_condition_codes(const ConditionSet& conditions) {
  return join(conditions, true);
}

std::optional<ConditionSet> parse_condition_codes(std::string_view text) {
  ConditionSet out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of(",;", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string piece = trim(text.substr(start, end - start));
    if (!piece.empty()) {
      auto c = parse_code<SubsidyCondition>(piece);
      if (!c) return std::nullopt;
      out.insert(*c);
    }
    start = end + 1;
  }
  return out;
}

EnterpriseFacts facts_of(const Enterprise& e, const Date& on, const SizeRules& rules) {
  EnterpriseFacts f;
  f.liderada_por_mujer = is_liderada_por_mujer(e);
  f.rural = e.zona == Zona::Rural;
  f.asociativa = is_asociativa(e.forma_juridica);
  f.joven = is_joven(e, on);
  f.retornado = e.titular.retornado;
  f.discapacidad = e.titular.discapacidad;
  const SizeClass size = size_of(e, on, rules);
  f.tamano = size.tamano;
  f.categoria_micro = size.categoria;
  return f;
}

bool holds(const EnterpriseFacts& f, SubsidyCondition c) {
  switch (c) {
    case SubsidyCondition::LideradaPorMujer:
      return f.liderada_por_mujer;
    case SubsidyCondition::Rural:
      return f.rural;
    case SubsidyCondition::Asociativa:
      return f.asociativa;
    case SubsidyCondition::Joven:
      return f.joven;
    case SubsidyCondition::Retornado:
      return f.retornado;
    case SubsidyCondition::Discapacidad:
      return f.discapacidad;
    case SubsidyCondition::Micro:
      return f.tamano == Tamano::Micro;
    case SubsidyCondition::Pequena:
      return f.tamano == Tamano::Pequena;
    case SubsidyCondition::MicroSubsistencia:
      return f.categoria_micro == CategoriaMicro::Subsistencia;
    case SubsidyCondition::MicroAcumulacion:
      return f.categoria_micro == CategoriaMicro::Acumulacion;
    case SubsidyCondition::MicroExpansion:
      return f.categoria_micro == CategoriaMicro::Expansion;
  }
  return false;
}

bool holds_all(const EnterpriseFacts& facts, const ConditionSet& conditions) {
  for (auto c : conditions)
    if (!holds(facts, c)) return false;
  return true;
}

}  // namespace cdmype
