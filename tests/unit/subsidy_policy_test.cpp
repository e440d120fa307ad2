// Subsidy policy versions: the default, selection by date, validation messages and descriptions.
#include "core/subsidy_policy.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace cdmype {
namespace {

bool mentions(const std::vector<std::string>& problems, std::string_view text) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

PolicyVersion version(std::int64_t id, Date from, int base_bp) {
  PolicyVersion v = default_policy();
  v.id = id;
  v.effective_from = from;
  v.base_bp = base_bp;
  v.weighted_bp = std::max(base_bp, 9500);
  return v;
}

TEST(SubsidyPolicy, DefaultIsTwoStep90And95OnWomanRuralOrAssociativeWithoutCaps) {
  const auto v = default_policy();
  EXPECT_EQ(v.kind, PolicyKind::TwoStep);
  EXPECT_EQ(v.base_bp, 9000);
  EXPECT_EQ(v.weighted_bp, 9500);
  EXPECT_EQ(v.weight_conditions,
            (ConditionSet{SubsidyCondition::LideradaPorMujer, SubsidyCondition::Rural,
                          SubsidyCondition::Asociativa}));
  EXPECT_FALSE(v.cap_per_at);
  EXPECT_FALSE(v.cap_per_enterprise_year);
  EXPECT_TRUE(validate(v).empty());
  EXPECT_EQ(describe(v),
            "desde 01/01/2000: 90 %, 95 % si liderada por mujer, rural o asociativa; sin topes");
}

TEST(SubsidyPolicy, VersionInForceIsTheLatestStartedOnTheDateItself) {
  const std::vector<PolicyVersion> versions{version(3, Date(2027, 1, 1), 8000),
                                            version(1, Date(2026, 1, 1), 9000),
                                            version(2, Date(2026, 7, 1), 8500)};
  EXPECT_EQ(policy_in_force(versions, Date(2025, 12, 31)).id, 0);  // built-in default
  EXPECT_EQ(policy_in_force(versions, Date(2026, 1, 1)).id, 1);
  EXPECT_EQ(policy_in_force(versions, Date(2026, 6, 30)).id, 1);
  EXPECT_EQ(policy_in_force(versions, Date(2026, 7, 1)).id, 2);  // boundary: from its date on
  EXPECT_EQ(policy_in_force(versions, Date(2026, 12, 31)).id, 2);
  EXPECT_EQ(policy_in_force(versions, Date(2030, 5, 5)).id, 3);
  EXPECT_EQ(policy_in_force({}, Date(2026, 5, 5)), default_policy());
}

TEST(SubsidyPolicy, ValidationNamesTheFieldAndTheLimit) {
  auto v = version(1, Date(2026, 1, 1), 10500);
  v.weighted_bp = 9500;
  v.cap_per_at = Money{};
  v.weight_conditions.insert(SubsidyCondition::Joven);
  const auto p = validate(v);
  EXPECT_TRUE(mentions(p, "porcentaje base: debe estar entre 0 % y 100 % (es 105 %)."));
  EXPECT_TRUE(mentions(p, "porcentaje ponderado: no puede ser menor que el base (105 %)"));
  EXPECT_TRUE(mentions(p, "tope por asistencia: debe ser mayor que $0.00"));
  EXPECT_TRUE(mentions(p, "«joven» no se usa en la política de dos pasos"));

  auto no_date = default_policy();
  no_date.effective_from = Date();
  EXPECT_TRUE(mentions(validate(no_date), "vigencia: falta la fecha"));
  no_date.effective_from = Date(1999, 12, 31);
  EXPECT_TRUE(mentions(validate(no_date), "vigencia: no puede ser anterior al 01/01/2000."));
}

TEST(SubsidyPolicy, GraduatedRulesStayBetween3And18Percent) {
  PolicyVersion v = default_policy();
  v.kind = PolicyKind::Graduated;
  EXPECT_TRUE(mentions(validate(v), "al menos una regla"));
  v.rules = {{"a", "", {SubsidyCondition::Rural}, 300},
             {"b", "", {SubsidyCondition::Joven}, 1800},
             {"c", "", {SubsidyCondition::Micro, SubsidyCondition::Pequena}, 299},
             {"a", "", {}, 1801},
             {"", "", {}, 1000}};
  const auto p = validate(v);
  EXPECT_FALSE(mentions(p, "regla «b»"));  // both limits are allowed
  EXPECT_TRUE(
      mentions(p, "regla «c»: el aporte de la empresa debe estar entre 3 % y 18 % (es 2.99 %)."));
  EXPECT_TRUE(mentions(p, "regla «c»: no puede exigir dos tamaños a la vez"));
  EXPECT_TRUE(mentions(p, "regla «a»: el identificador está repetido."));
  EXPECT_TRUE(mentions(p, "(es 18.01 %)"));
  EXPECT_TRUE(mentions(p, "regla 5: falta el identificador."));
  EXPECT_TRUE(mentions(p, "solo puede haber una regla sin condiciones"));
  v.rules = {{"a", "", {SubsidyCondition::Rural}, 300}, {"general", "", {}, 1200}};
  EXPECT_TRUE(validate(v).empty());
  EXPECT_EQ(describe(v),
            "desde 01/01/2000: graduada, 2 reglas (aporte de la empresa 3 % a 12 %); sin topes");
}

TEST(SubsidyPolicy, NewVersionMustStartAfterEveryStoredOne) {
  const std::vector<PolicyVersion> stored{version(1, Date(2026, 1, 1), 9000),
                                          version(2, Date(2026, 7, 1), 8500)};
  EXPECT_TRUE(validate_new_version(version(3, Date(2026, 7, 2), 9000), stored).empty());
  const auto p = validate_new_version(version(3, Date(2026, 7, 1), 9000), stored);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0],
            "vigencia: ya hay una versión que rige desde el 01/07/2026; la nueva debe regir desde "
            "una fecha posterior.");
}

TEST(SubsidyPolicy, FormatsBasisPointsAndCaps) {
  EXPECT_EQ(format_bp(9500), "95 %");
  EXPECT_EQ(format_bp(9250), "92.5 %");
  EXPECT_EQ(format_bp(9725), "97.25 %");
  EXPECT_EQ(format_bp(305), "3.05 %");
  EXPECT_EQ(format_bp(0), "0 %");
  auto v = version(4, Date(2026, 2, 1), 9000);
  v.cap_per_at = Money::from_cents(150000);
  v.cap_per_enterprise_year = Money::from_cents(300000);
  EXPECT_EQ(describe(v),
            "desde 01/02/2026: 90 %, 95 % si liderada por mujer, rural o asociativa; tope por "
            "asistencia $1,500.00, tope por empresa y año $3,000.00");
}

TEST(SubsidyPolicy, ConditionCodesRoundTrip) {
  const ConditionSet all{SubsidyCondition::LideradaPorMujer, SubsidyCondition::Pequena,
                         SubsidyCondition::Discapacidad};
  EXPECT_EQ(format_condition_codes(all), "liderada_por_mujer,discapacidad,pequena");
  EXPECT_EQ(parse_condition_codes(format_condition_codes(all)), all);
  EXPECT_EQ(parse_condition_codes("Liderada por mujer; pequeña"),
            (ConditionSet{SubsidyCondition::LideradaPorMujer, SubsidyCondition::Pequena}));
  EXPECT_EQ(parse_condition_codes(""), ConditionSet{});
  EXPECT_FALSE(parse_condition_codes("rural,urbana"));
  EXPECT_EQ(describe_conditions(all), "liderada por mujer, con discapacidad, pequeña");
  EXPECT_EQ(parse_policy_kind("graduada"), PolicyKind::Graduated);
  EXPECT_EQ(parse_policy_kind(policy_kind_code(PolicyKind::TwoStep)), PolicyKind::TwoStep);
}


TEST(SubsidyPolicy, ARuleAsksForOneSizeOrMicroCategoryAtMost) {
  PolicyVersion v = default_policy();
  v.kind = PolicyKind::Graduated;
  using C = SubsidyCondition;
  v.rules = {{"sub", "", {C::Micro, C::MicroSubsistencia}, 300},  // a category is a micro
             {"dos", "", {C::MicroSubsistencia, C::MicroExpansion}, 500},
             {"peq", "", {C::Pequena, C::MicroAcumulacion}, 800},
             {"general", "", {}, 1200}};
  const auto p = validate(v);
  EXPECT_FALSE(mentions(p, "regla «sub»"));
  EXPECT_TRUE(mentions(p, "regla «dos»: no puede exigir dos tamaños a la vez"));
  EXPECT_TRUE(mentions(p, "regla «peq»: no puede exigir dos tamaños a la vez"));
  // Stored as codes, read back the same (a policy stored before the reform
  // names only micro/pequena and still parses).
  EXPECT_EQ(parse_condition_codes("micro_subsistencia,micro_acumulacion;Micro de expansión"),
            (ConditionSet{C::MicroSubsistencia, C::MicroAcumulacion, C::MicroExpansion}));
  EXPECT_EQ(format_condition_codes({C::Micro, C::MicroAcumulacion}), "micro,micro_acumulacion");
  EXPECT_EQ(parse_condition_codes("micro,pequena"), (ConditionSet{C::Micro, C::Pequena}));
}

}  // namespace
}  // namespace cdmype
