// The subsidy policy as versioned data: two-step 90/10 (weighted 95/5) or graduated rules.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/money.hpp"
#include "core/subsidy_facts.hpp"

namespace cdmype {

// Percentages are basis points (95 % = 9500) so every figure is an integer.
inline constexpr int kFullBp = 10000;
// CDMYPE manuals: the enterprise pays between 3 % and 18 % in a graduated table.
inline constexpr int kMinCopagoBp = 300;
inline constexpr int kMaxCopagoBp = 1800;

enum class PolicyKind { TwoStep, Graduated };
std::string_view policy_kind_code(PolicyKind k);  // "dos_pasos", "graduada"
std::optional<PolicyKind> parse_policy_kind(std::string_view text);

// One row of a graduated table: when all `conditions` hold the enterprise
// pays `copago_bp`. A rule with no conditions is the table's default and
// applies only when no other rule matches.
struct GraduatedRule {
  std::string id;      // short and stable, kept on the AT ("mujer-rural")
  std::string nombre;  // for screens ("Mujer en zona rural")
  ConditionSet conditions;
  int copago_bp = kMaxCopagoBp;

  int center_bp() const { return kFullBp - copago_bp; }
  friend bool operator==(const GraduatedRule&, const GraduatedRule&) = default;
};

struct PolicyVersion {
  std::int64_t id = 0;  // 0: the built-in default, before any version is stored
  Date effective_from;
  PolicyKind kind = PolicyKind::TwoStep;
  // Share the center pays. For a graduated version base_bp is also the
  // fallback when no rule matches and the table has no default rule.
  int base_bp = 9000;
  int weighted_bp = 9500;
  // Any one of these lifts base_bp to weighted_bp (one step, not cumulative).
  ConditionSet weight_conditions{SubsidyCondition::LideradaPorMujer, SubsidyCondition::Rural,
                                 SubsidyCondition::Asociativa};
  std::optional<Money> cap_per_at;
  std::optional<Money> cap_per_enterprise_year;  // calendar year of the approval
  std::vector<GraduatedRule> rules;              // graduated only
  std::string nota;                              // why the director changed it

  friend bool operator==(const PolicyVersion&, const PolicyVersion&) = default;
};

// The date before which no version is accepted; also the built-in default's
// start, so some version is in force on any date a record can carry.
Date earliest_policy_date();

// product.md §2: two-step 90/10, weighted 95/5 for liderada por mujer, rural
// or asociativa, no caps; id 0, in force from earliest_policy_date().
PolicyVersion default_policy();

// The version with the latest effective_from ≤ `on` (a version applies from
// its date inclusive); the default when none has started. Ties on the date
// go to the later entry, though validate_new_version forbids them.
PolicyVersion policy_in_force(std::span<const PolicyVersion> versions, const Date& on);

// Spanish problems with a version on its own ("porcentaje base: …"); empty when valid.
std::vector<std::string> validate(const PolicyVersion& v);

// validate() plus its place among the stored versions: it must start after
// every one of them, because frozen decisions name the version in force on
// their approval date and that history must not be rewritten.
std::vector<std::string> validate_new_version(const PolicyVersion& v,
                                              std::span<const PolicyVersion> existing);

// "95 %", "92.5 %", "97.25 %".
std::string format_bp(int bp);

// One-line summary for screens and the CLI's `policy show`:
// "desde 01/01/2026: 90 %, 95 % si liderada por mujer, rural o asociativa; sin topes".
std::string describe(const PolicyVersion& v);

}  // namespace cdmype
