// The PostgreSQL search text builder: what a person types becomes a safe to_tsquery() argument.
#include <gtest/gtest.h>

#include <string>

#include "store/fts_query.hpp"

namespace cdmype::store {
namespace {

TEST(TsqueryText, LowerCasesEveryWordAsAPrefixJoinedByAnd) {
  EXPECT_EQ(to_tsquery_text("Peña CITAL"), "peña:* & cital:*");
  EXPECT_EQ(to_tsquery_text("  ÁNGELA   Núñez  "), "ángela:* & núñez:*");
  EXPECT_EQ(to_tsquery_text("NIÑO ÑANDÚ"), "niño:* & ñandú:*");
  EXPECT_EQ(to_tsquery_text("pena"), "pena:*");
}

// The stored codes and DUIs have their '-' turned into spaces by the
// generated column, so the typed ones must split the same way.
TEST(TsqueryText, HyphensBreakWords) {
  EXPECT_EQ(to_tsquery_text("CH-2026-0001"), "ch:* & 2026:* & 0001:*");
  EXPECT_EQ(to_tsquery_text("01234567-8"), "01234567:* & 8:*");
}

TEST(TsqueryText, ACompleteDuiOrNitIsSearchedInItsCanonicalForm) {
  EXPECT_EQ(to_tsquery_text("012345678"), "01234567:* & 8:*");
  EXPECT_EQ(to_tsquery_text("06140101901013"), "0614:* & 010190:* & 101:* & 3:*");
}

TEST(TsqueryText, NoTsqueryOperatorSurvives) {
  EXPECT_EQ(to_tsquery_text("pena & !cital"), "pena:* & cital:*");
  EXPECT_EQ(to_tsquery_text("a|b (c) d:*e 'f' g\\h i<->j"),
            "a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:* & i:* & j:*");
  EXPECT_EQ(to_tsquery_text("o'brien"), "o:* & brien:*");
  for (const char* nothing : {"", "   ", " ¿ — ", "::**", "&|!()", "'\\<"})
    EXPECT_EQ(to_tsquery_text(nothing), "") << nothing;
}

TEST(TsqueryText, KeepsAtMostSixteenWords) {
  std::string typed, expected;
  for (int i = 0; i < 20; ++i) {
    typed += "w" + std::to_string(i) + " ";
    if (i < 16) expected += (i == 0 ? "" : " & ") + ("w" + std::to_string(i)) + ":*";
  }
  EXPECT_EQ(to_tsquery_text(typed), expected);
}

TEST(TsqueryText, EachEngineGetsItsOwnSyntax) {
  EXPECT_EQ(text_search_query(Engine::PostgreSQL, "Ana Peña"), "ana:* & peña:*");
  EXPECT_EQ(text_search_query(Engine::SQLite, "Ana Peña"), "\"Ana\"* AND \"Peña\"*");
}

}  // namespace
}  // namespace cdmype::store
