// The one CP1252 table: every byte both ways, the undefined five, and UTF-8 encoding.
#include <gtest/gtest.h>

#include "core/cp1252.hpp"

namespace cdmype {
namespace {

TEST(Cp1252, TheTypographicBlockMapsToItsUnicodeCharacters) {
  const std::pair<unsigned char, char32_t> known[] = {
      {0x80, 0x20AC}, {0x82, 0x201A}, {0x83, 0x0192}, {0x84, 0x201E}, {0x85, 0x2026},
      {0x86, 0x2020}, {0x87, 0x2021}, {0x88, 0x02C6}, {0x89, 0x2030}, {0x8A, 0x0160},
      {0x8B, 0x2039}, {0x8C, 0x0152}, {0x8E, 0x017D}, {0x91, 0x2018}, {0x92, 0x2019},
      {0x93, 0x201C}, {0x94, 0x201D}, {0x95, 0x2022}, {0x96, 0x2013}, {0x97, 0x2014},
      {0x98, 0x02DC}, {0x99, 0x2122}, {0x9A, 0x0161}, {0x9B, 0x203A}, {0x9C, 0x0153},
      {0x9E, 0x017E}, {0x9F, 0x0178}};
  for (const auto& [byte, cp] : known) {
    EXPECT_EQ(cp1252_to_unicode(byte), cp) << int(byte);
    EXPECT_EQ(unicode_to_cp1252(cp), byte) << int(byte);
  }
}

TEST(Cp1252, TheFiveUndefinedBytesHaveNoCharacter) {
  for (unsigned char b : {0x81, 0x8D, 0x8F, 0x90, 0x9D})
    EXPECT_FALSE(cp1252_to_unicode(b)) << int(b);
  // And C1 control code points have no CP1252 byte.
  for (char32_t cp = 0x80; cp < 0xA0; ++cp)
    EXPECT_FALSE(unicode_to_cp1252(cp)) << static_cast<unsigned>(cp);
}

TEST(Cp1252, EveryDefinedByteRoundTrips) {
  int defined = 0;
  for (int b = 0; b < 256; ++b) {
    const auto cp = cp1252_to_unicode(static_cast<unsigned char>(b));
    if (!cp) continue;
    ++defined;
    EXPECT_EQ(unicode_to_cp1252(*cp), b);
  }
  EXPECT_EQ(defined, 251);
  EXPECT_EQ(cp1252_to_unicode(0xF1), U'ñ');
  EXPECT_EQ(cp1252_to_unicode(0xD1), U'Ñ');
  EXPECT_FALSE(unicode_to_cp1252(U'→'));
}

TEST(Cp1252, AppendUtf8EncodesEveryLength) {
  std::string out;
  for (char32_t cp : {U'A', U'ñ', U'€', U'🌽'}) append_utf8(out, cp);
  EXPECT_EQ(out, "Añ€🌽");
}

}  // namespace
}  // namespace cdmype
