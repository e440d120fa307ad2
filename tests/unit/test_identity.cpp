// DUI check digit, NIT shape and random UUIDs.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/identity.hpp"

namespace cdmype {
namespace {

// 04567890: 0·9 + 4·8 + 5·7 + 6·6 + 7·5 + 8·4 + 9·3 + 0·2
//         = 0 + 32 + 35 + 36 + 35 + 32 + 27 + 0 = 197;
// 197 mod 10 = 7; check = (10 − 7) mod 10 = 3  →  04567890-3.
constexpr const char* kValidDui = "04567890-3";
// 20000001: 2·9 + 1·2 = 20; 20 mod 10 = 0; check = (10 − 0) mod 10 = 0.
constexpr const char* kValidDuiCheckZero = "20000001-0";

TEST(Dui, AcceptsAValidCheckDigit) {
  EXPECT_EQ(normalize_dui(kValidDui), "04567890-3");
  EXPECT_EQ(dui_problem(kValidDui), "");
  // 01234567: 8 + 14 + 18 + 20 + 20 + 18 + 14 = 112 → (10 − 2) mod 10 = 8.
  EXPECT_EQ(normalize_dui("01234567-8"), "01234567-8");
}

TEST(Dui, CheckDigitZeroWhenTheSumIsAMultipleOfTen) {
  EXPECT_EQ(normalize_dui(kValidDuiCheckZero), "20000001-0");
  EXPECT_FALSE(normalize_dui("20000001-1"));
}

TEST(Dui, RejectsAWrongCheckDigitSayingWhichWasExpected) {
  EXPECT_FALSE(normalize_dui("04567890-1"));
  EXPECT_EQ(dui_problem("04567890-1"), "el dígito verificador no coincide (se esperaba 3)");
  EXPECT_EQ(dui_problem("01234567-9"), "el dígito verificador no coincide (se esperaba 8)");
}

TEST(Dui, AcceptsItWithoutHyphenAndWithSpacesAndReturnsTheCanonicalForm) {
  EXPECT_EQ(normalize_dui("045678903"), "04567890-3");
  EXPECT_EQ(normalize_dui("  04567890-3 "), "04567890-3");
}

TEST(Dui, RejectsOtherShapesWithAMessageShowingTheForm) {
  for (const char* bad : {"", "0456789-3", "04567890-", "04567890_3", "0456789a-3", "04567890-33",
                          "0456-7890-3", "4567890-3"}) {
    EXPECT_FALSE(normalize_dui(bad)) << "«" << bad << "»";
    EXPECT_NE(dui_problem(bad).find("8 dígitos"), std::string::npos) << "«" << bad << "»";
  }
}

TEST(Nit, AcceptsFourteenDigitsWithOrWithoutHyphens) {
  EXPECT_EQ(normalize_nit("0614-010190-101-3"), "0614-010190-101-3");
  EXPECT_EQ(normalize_nit("06140101901013"), "0614-010190-101-3");
  EXPECT_EQ(normalize_nit(" 0614-010190-101-3 "), "0614-010190-101-3");
  EXPECT_EQ(nit_problem("06140101901013"), "");
}

TEST(Nit, RejectsWrongLengthsLettersAndMisplacedHyphens) {
  for (const char* bad : {"", "0614010190101", "061401019010133", "0614-010190-1013",
                          "0614-01019-0101-3", "0614-010190-10A-3", "abcdefghijklmn"}) {
    EXPECT_FALSE(normalize_nit(bad)) << "«" << bad << "»";
    EXPECT_NE(nit_problem(bad).find("14 dígitos"), std::string::npos) << "«" << bad << "»";
  }
}

// Since the DUI–NIT homologation a natural person's NIT is their DUI.
TEST(Nit, AcceptsADuiAsTheNitOfANaturalPersonInItsCanonicalForm) {
  EXPECT_EQ(normalize_nit(kValidDui), "04567890-3");
  EXPECT_EQ(normalize_nit("045678903"), "04567890-3");
  EXPECT_EQ(normalize_nit(" 04567890-3 "), "04567890-3");
  EXPECT_EQ(nit_problem(kValidDui), "");
  EXPECT_EQ(dui_of_nit("045678903"), "04567890-3");
  // A 14-digit NIT is not a DUI.
  EXPECT_FALSE(dui_of_nit("0614-010190-101-3"));
  EXPECT_FALSE(dui_of_nit("no es"));
}

TEST(Nit, ADuiWithAWrongCheckDigitIsRefusedAsADuiSayingWhichDigitWasExpected) {
  EXPECT_FALSE(normalize_nit("04567890-1"));
  EXPECT_FALSE(dui_of_nit("04567890-1"));
  EXPECT_EQ(nit_problem("04567890-1"),
            "es un DUI, pero el dígito verificador no coincide (se esperaba 3)");
}

TEST(Nit, TheMessageForOtherShapesNamesBothForms) {
  const std::string why = nit_problem("12345");
  EXPECT_NE(why.find("14 dígitos"), std::string::npos) << why;
  EXPECT_NE(why.find("DUI"), std::string::npos) << why;
}

TEST(Uuid, IsVersionSevenWithTheRfcVariant) {
  const std::regex shape("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  for (int i = 0; i < 200; ++i) {
    const std::string u = new_uuid();
    EXPECT_TRUE(std::regex_match(u, shape)) << u;
  }
}

TEST(Uuid, DoesNotRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 5000; ++i) seen.insert(new_uuid());
  EXPECT_EQ(seen.size(), 5000u);
}

TEST(Uuid, IncreasesWithinAThreadSoIndexesAppend) {
  std::string previous = new_uuid();
  for (int i = 0; i < 20000; ++i) {  // far more than 4,096 per millisecond
    const std::string u = new_uuid();
    ASSERT_LT(previous, u);
    previous = u;
  }
}

}  // namespace
}  // namespace cdmype
