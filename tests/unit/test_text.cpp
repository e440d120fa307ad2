// Text folding for matching Spanish names, trimming, and UTF-8 validation.
#include <gtest/gtest.h>

#include "core/text.hpp"

namespace cdmype {
namespace {

TEST(Text, FoldsAccentsCaseUnderscoresAndSpaces) {
  EXPECT_EQ(fold_for_match("  José_PEÑA "), "jose pena");
  EXPECT_EQ(fold_for_match("Citalá"), "citala");
  EXPECT_EQ(fold_for_match("NIÑO"), "nino");
  EXPECT_EQ(fold_for_match("Güegüecho"), "gueguecho");
}

TEST(Text, FoldsEveryAccentedSpanishAndLatinVowel) {
  EXPECT_EQ(fold_for_match("áéíóúü ÁÉÍÓÚÜ ñÑ"), "aeiouu aeiouu nn");
  EXPECT_EQ(fold_for_match("àèìòù âêîôû äëïö ç ÀÈÌÒÙ ÂÊÎÔÛ ÄËÏÖ Ç"),
            "aeiou aeiou aeio c aeiou aeiou aeio c");
}

TEST(Text, CollapsesWhitespaceRunsAndTrims) {
  EXPECT_EQ(fold_for_match("a \t\n b"), "a b");
  EXPECT_EQ(fold_for_match("a__b"), "a b");
  EXPECT_EQ(fold_for_match("\t San  Fernando \r\n"), "san fernando");
  EXPECT_EQ(fold_for_match(""), "");
  EXPECT_EQ(fold_for_match(" _ "), "");
  EXPECT_EQ(fold_for_match("La\xC2\xA0Palma"), "la palma");  // no-break space
}

TEST(Text, KeepsOtherCharactersAsTheyAre) {
  EXPECT_EQ(fold_for_match("Café €5"), "cafe €5");
  EXPECT_EQ(fold_for_match("Ñandú 😀"), "nandu 😀");
  EXPECT_EQ(fold_for_match("2×3"), "2×3");
}

TEST(Text, FoldsDecomposedAccentsLikeComposedOnes) {
  // "Jose" + U+0301 COMBINING ACUTE ACCENT, as some systems send "José".
  EXPECT_EQ(fold_for_match("Jose\xCC\x81"), "jose");
  EXPECT_EQ(fold_for_match("Jose\xCC\x81"), fold_for_match("José"));
}

TEST(Text, TrimRemovesAsciiWhitespaceAtBothEndsOnly) {
  EXPECT_EQ(trim("  Peña  Niño \t"), "Peña  Niño");
  EXPECT_EQ(trim("\t\r\n "), "");
  EXPECT_EQ(trim("x"), "x");
}

TEST(Text, RecognisesValidUtf8) {
  EXPECT_TRUE(is_valid_utf8("Peña, Niño, Citalá"));
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("€ 😀"));
}

TEST(Text, RejectsLatin1AndMalformedUtf8) {
  EXPECT_FALSE(
      is_valid_utf8("Pe\xF1"
                    "a"));                          // Latin-1 ñ
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // cut short
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, 3 bytes
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xA9"));              // stray continuation byte
}

}  // namespace
}  // namespace cdmype
