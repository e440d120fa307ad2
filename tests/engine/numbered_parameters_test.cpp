// The `:name` → `$N` rewriting that lets one SQL text serve SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "store/postgresql/numbered_parameters.hpp"

namespace cdmype::store {
namespace {

TEST(NumberedParametersTest, EachDistinctNameGetsOneNumberInOrderOfFirstUse) {
  const auto n = number_parameters(
      "UPDATE t SET a = :a, b = :bee WHERE id = :id AND (:a IS NULL OR a = :a)");
  EXPECT_EQ(n.text, "UPDATE t SET a = $1, b = $2 WHERE id = $3 AND ($1 IS NULL OR a = $1)");
  EXPECT_EQ(n.names, (std::vector<std::string>{"a", "bee", "id"}));
}

TEST(NumberedParametersTest, CastsLiteralsIdentifiersAndCommentsAreLeftAlone) {
  const auto n = number_parameters(
      "SELECT ':no', \"col:umn\", x::bigint, 'it''s :not' -- :nada\n"
      "/* :tampoco */ FROM t WHERE y = :si");
  EXPECT_EQ(n.text,
            "SELECT ':no', \"col:umn\", x::bigint, 'it''s :not' -- :nada\n"
            "/* :tampoco */ FROM t WHERE y = $1");
  EXPECT_EQ(n.names, std::vector<std::string>{"si"});
}

TEST(NumberedParametersTest, AccentedTextPassesThroughByteForByte) {
  const auto n = number_parameters("SELECT 'Citalá, Peña, Niño, Ñandú' WHERE n = :nombre_1");
  EXPECT_EQ(n.text, "SELECT 'Citalá, Peña, Niño, Ñandú' WHERE n = $1");
  EXPECT_EQ(n.names, std::vector<std::string>{"nombre_1"});
}

TEST(NumberedParametersTest, AColonNotFollowedByANameIsText) {
  const auto n = number_parameters("SELECT '10:30', a FROM t WHERE b = :b AND c = ':'");
  EXPECT_EQ(n.text, "SELECT '10:30', a FROM t WHERE b = $1 AND c = ':'");
}

}  // namespace
}  // namespace cdmype::store
