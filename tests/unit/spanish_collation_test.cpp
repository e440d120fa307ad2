// The Spanish sort key: accents and case do not move a name, ñ after n, digits first, word breaks.
#include "core/spanish_collation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace cdmype {
namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
  sort_spanish(names);
  return names;
}

// Sorting any shuffle of `expected` gives `expected`.
void expect_order(const std::vector<std::string>& expected) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    auto names = expected;
    std::shuffle(names.begin(), names.end(), rng);
    ASSERT_EQ(sorted(names), expected);
  }
  for (std::size_t i = 1; i < expected.size(); ++i)
    EXPECT_TRUE(spanish_less(expected[i - 1], expected[i]))
        << expected[i - 1] << " < " << expected[i];
}

TEST(SpanishCollation, EnyeIsALetterBetweenNAndO) {
  expect_order({"Nube", "Ñandú", "Oro", "Zapatería"});
  expect_order({"Pena", "Penz", "Peña", "Peñb", "Peo"});
  expect_order({"Nino", "Niño", "Nio"});
  EXPECT_TRUE(spanish_less("ñandú", "Oro"));
  EXPECT_TRUE(spanish_less("Nube", "ñandú"));
}

TEST(SpanishCollation, AccentsAndCaseDoNotMoveAName) {
  expect_order({"Álvarez", "alvarez Zapata", "ana", "Ana", "Aná", "Anabel", "Bravo"});
  expect_order({"Citala", "Citalá", "Citalb", "citalc"});
  expect_order({"Öztürk", "Pérez"});
  expect_order({"Oscar", "Óscar", "Öztürk", "Ozuna"});
  EXPECT_TRUE(spanish_less("Álvarez", "Bravo"));
  EXPECT_TRUE(spanish_less("alvarez", "Álvarez"));  // ties: no accent, then lower case first
  EXPECT_TRUE(spanish_less("Álvarez", "Alvarezz"));
  EXPECT_TRUE(spanish_less("Zapatería", "zapaterías"));
}

TEST(SpanishCollation, TiesBreakByAccentThenCaseThenText) {
  // Same letters: unaccented first; then lower before upper.
  expect_order({"peña", "Peña", "péña", "Péña", "PÉÑA"});
  expect_order({"ana", "Ana", "ANA", "aná", "Aná"});
  // Different names never share a key, so the order is total.
  EXPECT_NE(spanish_sort_key("Peña Ruiz"), spanish_sort_key("Peña-Ruiz"));
  EXPECT_NE(spanish_sort_key("ana"), spanish_sort_key("Ana"));
  EXPECT_EQ(spanish_sort_key("Citalá"), spanish_sort_key("Citalá"));
}

TEST(SpanishCollation, EveryLatin1LetterSortsWithItsBaseLetter) {
  expect_order({"Caza", "Çazb", "Cazc"});
  for (const char* a : {"à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å"}) {
    EXPECT_TRUE(spanish_less(std::string("b") + "a", std::string("b") + a + "b")) << a;
    EXPECT_TRUE(spanish_less(std::string("b") + a + "b", "bac")) << a;
  }
  for (const char* o : {"ò", "ó", "ô", "õ", "ö", "ø", "Ö"}) {
    EXPECT_TRUE(spanish_less("on", std::string(o) + "p")) << o;
    EXPECT_TRUE(spanish_less(std::string(o) + "p", "oq")) << o;
  }
  expect_order({"Ae", "Æf", "Aeg"});  // æ = ae
  expect_order({"Strasse", "Straße", "Strasst"});
  expect_order({"Gue", "Güe", "Guf"});
}

TEST(SpanishCollation, DigitsComeBeforeLettersAndOtherScriptsAfterZ) {
  expect_order({"1 de Mayo", "10 de Octubre", "2 Hermanos", "9", "A1", "Abc"});
  expect_order({"Zeta", "Ωmega", "中"});
  EXPECT_TRUE(spanish_less("Żabka", "中"));  // Ż (U+017B) and 中 in code-point order
  EXPECT_TRUE(spanish_less("Zzz", "Żabka"));
}

TEST(SpanishCollation, SpacesAndPunctuationAreWordBreaksBeforeAnyLetter) {
  // Word by word: "San Salvador" before "Sanarate", as in a phone book.
  expect_order({"San", "San Salvador", "San  Vicente", "Sanarate", "Santa Ana"});
  expect_order({"Ana", "Ana María", "Ana-María Niño", "Anabel"});
  // Leading, trailing and repeated breaks do not move a name.
  EXPECT_EQ(spanish_sort_key("«El Sol»").substr(0, 6), spanish_sort_key("El Sol").substr(0, 6));
  EXPECT_TRUE(spanish_less("\"Zeta\"", "Zetb"));
  EXPECT_TRUE(spanish_less("  Ábaco", "abad"));
  EXPECT_TRUE(spanish_less("Café_Citalá", "Cafea"));
  EXPECT_TRUE(spanish_less("La\xC2\xA0Palma", "Lab"));  // no-break space
}

TEST(SpanishCollation, DecomposedAccentsSortAsComposedLetters) {
  // "Peña" typed as n + U+0303, "Citalá" as a + U+0301.
  const std::string pena_decomposed =
      "Pen\xCC\x83"
      "a";
  const std::string citala_decomposed = "Citala\xCC\x81";
  expect_order({"Peno", pena_decomposed, "Peo"});
  expect_order({"Citala", citala_decomposed, "Citalb"});
  EXPECT_EQ(spanish_sort_key(pena_decomposed).substr(0, 5), spanish_sort_key("Peña").substr(0, 5));
}

TEST(SpanishCollation, TheKeyIsBinaryComparableAndSafeForAnyInput) {
  EXPECT_FALSE(spanish_sort_key("").empty());
  EXPECT_TRUE(spanish_less("", "a"));
  EXPECT_TRUE(spanish_less("", "0"));
  // Invalid UTF-8 still gets a key (after the letters), and no key holds a NUL byte.
  const std::string bad =
      "Pe\xF1"
      "a";
  EXPECT_TRUE(spanish_less("Pez", bad));
  for (const std::string& s : {std::string("Ñandú Tours"), bad, std::string("中文")})
    EXPECT_EQ(spanish_sort_key(s).find('\0'), std::string::npos) << s;
}

TEST(SpanishCollation, AgreesWithTheMatchFoldOnLatin1Letters) {
  // Both read latin1_letter: a letter that folds to x sorts with x.
  for (char32_t cp = 0xC0; cp <= 0xFF; ++cp) {
    const LatinLetter l = latin1_letter(cp);
    if (!l.base || std::string_view(l.base) == "n") continue;
    std::string utf8{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    EXPECT_EQ(fold_for_match(utf8), l.base);
    EXPECT_TRUE(spanish_less(std::string(l.base), utf8));
    EXPECT_TRUE(spanish_less(utf8, std::string(l.base) + "a")) << l.base;
  }
}

}  // namespace
}  // namespace cdmype
