// The facts about an enterprise that the subsidy policy and the approval queue weigh.
#pragma once
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes.hpp"
#include "core/dates.hpp"
#include "core/enterprise.hpp"
#include "core/enterprise_size.hpp"
#include "core/money.hpp"

namespace cdmype {

// A condition a policy can ask for. The two-step policy weighs only the first
// three; graduated rules may combine any of them (product.md §2).
enum class SubsidyCondition {
  LideradaPorMujer,
  Rural,
  Asociativa,
  Joven,
  Retornado,
  Discapacidad,
  Micro,
  Pequena,
  // Micro categories of the 2026 reform; never hold on a date under the 2014 law.
  MicroSubsistencia,
  MicroAcumulacion,
  MicroExpansion,
};

// Ordered by the enum, so reasons always print in the same order.
using ConditionSet = std::set<SubsidyCondition>;

template <>
std::span<const CodeEntry<SubsidyCondition>> code_table<SubsidyCondition>();
template <>
std::optional<SubsidyCondition> parse_code<SubsidyCondition>(std::string_view text);
template <>
std::string list_codes<SubsidyCondition>();

// "liderada por mujer", "rural", "pequeña": as it reads inside a sentence.
std::string_view condition_label(SubsidyCondition c);

// "liderada por mujer, rural" (empty for an empty set).
std::string describe_conditions(const ConditionSet& conditions);

// Storage form "liderada_por_mujer,rural"; parsing accepts codes or display
// names separated by ',' or ';' and returns nullopt on an unknown one.
std::string format_condition_codes(const ConditionSet& conditions);
std::optional<ConditionSet> parse_condition_codes(std::string_view text);

// Derived facts on a reference date (the approval date for the subsidy, today
// for the queue); computed once so policies and tests need no Enterprise.
struct EnterpriseFacts {
  bool liderada_por_mujer = false;
  bool rural = false;
  bool asociativa = false;
  bool joven = false;
  bool retornado = false;
  bool discapacidad = false;
  // By the law and the minimum wage in force on the reference date; sin_datos
  // (no size condition holds) when sales and workers are not recorded.
  Tamano tamano = Tamano::SinDatos;
  std::optional<CategoriaMicro> categoria_micro;

  friend bool operator==(const EnterpriseFacts&, const EnterpriseFacts&) = default;
};

// Size by size_of (core/enterprise_size.hpp) with the dated laws and wages;
// with empty rules the size is sin_datos.
EnterpriseFacts facts_of(const Enterprise& e, const Date& on, const SizeRules& rules);

bool holds(const EnterpriseFacts& facts, SubsidyCondition c);
bool holds_all(const EnterpriseFacts& facts, const ConditionSet& conditions);

}  // namespace cdmype
