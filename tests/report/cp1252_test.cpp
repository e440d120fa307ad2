// UTF-8 → CP1252 for PDF text: Spanish letters, typographic punctuation, and what cannot be mapped.
#include "report/cp1252.hpp"

#include <gtest/gtest.h>

namespace cdmype::report {
namespace {

TEST(Cp1252, SpanishLettersMapToLatin1Bytes) {
  EXPECT_EQ(utf8_to_cp1252("áéíóú ÁÉÍÓÚ ñÑ üÜ ¿¡"),
            "\xE1\xE9\xED\xF3\xFA \xC1\xC9\xCD\xD3\xDA \xF1\xD1 \xFC\xDC \xBF\xA1");
  EXPECT_EQ(utf8_to_cp1252("Citalá, Peña"),
            "Cital\xE1, Pe\xF1"
            "a");
  EXPECT_EQ(utf8_to_cp1252("plain ASCII 123"), "plain ASCII 123");
}

TEST(Cp1252, TypographicPunctuationUsesTheWindowsRange) {
  EXPECT_EQ(utf8_to_cp1252("—"), "\x97");
  EXPECT_EQ(utf8_to_cp1252("–"), "\x96");
  EXPECT_EQ(utf8_to_cp1252("…"), "\x85");
  EXPECT_EQ(utf8_to_cp1252("“x” ‘y’"), "\x93x\x94 \x91y\x92");
  EXPECT_EQ(utf8_to_cp1252("€ • ™"), "\x80 \x95 \x99");
  EXPECT_EQ(utf8_to_cp1252("º ª °"), "\xBA \xAA \xB0");
}

TEST(Cp1252, UnmappableAndInvalidBecomeQuestionMarks) {
  EXPECT_EQ(utf8_to_cp1252("Ω"), "?");
  EXPECT_EQ(utf8_to_cp1252("a😀b"), "a?b");
  EXPECT_EQ(utf8_to_cp1252("\x80x"), "?x");  // stray continuation byte
  EXPECT_EQ(utf8_to_cp1252("Pe\xF1"
                           "a"),
            "Pe?a");                           // Latin-1 input is not UTF-8
  EXPECT_EQ(utf8_to_cp1252("ab\xC3"), "ab?");  // truncated at the end
  EXPECT_EQ(utf8_to_cp1252("\xC0\xAF"), "?");  // overlong "/"
  EXPECT_EQ(utf8_to_cp1252("\xE2"
                           "a"),
            "?a");                             // broken sequence keeps the next letter
  EXPECT_EQ(utf8_to_cp1252("\xC2\x81"), "?");  // C1 control, not a CP1252 character
}

TEST(Cp1252, DecomposedAccentsAreComposed) {
  EXPECT_EQ(utf8_to_cp1252("Citala\xCC\x81"), "Cital\xE1");  // a + U+0301
  EXPECT_EQ(utf8_to_cp1252("Pen\xCC\x83"
                           "a"),
            "Pe\xF1"
            "a");                               // n + U+0303
  EXPECT_EQ(utf8_to_cp1252("x\xCC\x81"), "x");  // no x-acute: mark dropped
}

}  // namespace
}  // namespace cdmype::report
