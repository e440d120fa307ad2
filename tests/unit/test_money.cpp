// Money: parsing what people and Spanish Excel type, display, and half-up percentages.
#include <gtest/gtest.h>

#include <limits>

#include "core/money.hpp"

namespace cdmype {
namespace {

std::optional<std::int64_t> cents(std::string_view text) {
  auto m = parse_money(text);
  if (!m) return std::nullopt;
  return m->cents;
}

TEST(Money, ParsesWholeAndDecimalAmountsWithPointOrComma) {
  EXPECT_EQ(cents("1234"), 123400);
  EXPECT_EQ(cents("1234.5"), 123450);
  EXPECT_EQ(cents("1234.56"), 123456);
  EXPECT_EQ(cents("1234,56"), 123456);  // Spanish Excel
  EXPECT_EQ(cents("1234,5"), 123450);
  EXPECT_EQ(cents("0.07"), 7);
  EXPECT_EQ(cents("0"), 0);
}

TEST(Money, AcceptsDollarSignMinusAndSurroundingSpaces) {
  EXPECT_EQ(cents("$1234.56"), 123456);
  EXPECT_EQ(cents("  1234.56 "), 123456);
  EXPECT_EQ(cents("-12.30"), -1230);
  EXPECT_EQ(cents("-$5.00"), -500);
  EXPECT_EQ(cents("$-5"), -500);
  EXPECT_EQ(cents("\t$ 20,00 "), 2000);
}

TEST(Money, ReadsAmountsAsExcelDisplaysThem) {
  EXPECT_EQ(cents("$1,234.56"), 123456);
  EXPECT_EQ(cents("1,234.56"), 123456);
  EXPECT_EQ(cents("1.234,56"), 123456);  // both separators: the last is the decimal one
  EXPECT_EQ(cents("US$ 1,234.56"), 123456);
  EXPECT_EQ(cents("US$\xC2\xA0" "1,234.56"), 123456);  // Excel puts a no-break space after US$
  EXPECT_EQ(cents("usd 1234.56"), 123456);
  EXPECT_EQ(cents("$ 1234"), 123400);
  EXPECT_EQ(cents("-$5.00"), -500);
  EXPECT_EQ(cents("-US$ 1,000.00"), -100000);
  EXPECT_EQ(cents("1234,56"), 123456);
  EXPECT_EQ(cents("2,000"), 200000);  // El Salvador: two thousand
  EXPECT_EQ(cents("1,234,567"), 123456700);
  EXPECT_EQ(cents("1.234.567"), 123456700);  // repeated: only thousands repeat
  EXPECT_EQ(cents("1.234.567,8"), 123456780);
  EXPECT_EQ(cents("12,345.6"), 1234560);
}

TEST(Money, AThreeDigitGroupAfterASingleSeparatorFollowsTheCenterFormat) {
  const auto es = NumberFormat::ElSalvador;
  const auto coma = NumberFormat::ComaDecimal;
  EXPECT_EQ(read_money("2,000", es).value, Money::from_cents(200000));
  EXPECT_EQ(read_money("2.000", coma).value, Money::from_cents(200000));
  // The other reading would be three decimals: refused, never misread.
  const auto two_point = read_money("2.000", es);
  EXPECT_FALSE(two_point.value);
  EXPECT_NE(two_point.problem.find("tres decimales"), std::string::npos) << two_point.problem;
  EXPECT_NE(two_point.problem.find("2,000 o 2000"), std::string::npos) << two_point.problem;
  const auto two_comma = read_money("2,000", coma);
  EXPECT_FALSE(two_comma.value);
  EXPECT_NE(two_comma.problem.find("2.000 o 2000"), std::string::npos) << two_comma.problem;
  // Unambiguous forms read the same under both formats.
  for (auto f : {es, coma}) {
    EXPECT_EQ(read_money("1,234.56", f).value, Money::from_cents(123456));
    EXPECT_EQ(read_money("1.234,56", f).value, Money::from_cents(123456));
    EXPECT_EQ(read_money("1234,5", f).value, Money::from_cents(123450));
    EXPECT_EQ(read_money("1234.56", f).value, Money::from_cents(123456));
  }
}

TEST(Money, SaysWhenAThousandsSeparatorWasRead) {
  EXPECT_TRUE(read_money("$1,234.56").grouped);
  EXPECT_TRUE(read_money("2,000").grouped);
  EXPECT_FALSE(read_money("1234,56").grouped);
  EXPECT_FALSE(read_money("$ 1234").grouped);
  EXPECT_FALSE(read_money("1,23,4").grouped);  // refused: nothing was read
}

TEST(Money, RefusesWhatCannotBeReadWithAReason) {
  for (const char* bad : {"1234.567", "1234.5678", "12,34,567", "1,234,56.7", "1.234.567,891",
                          "1,234.5.6", "1.2345,67", "12.3,45", "1,2345"})
    EXPECT_FALSE(cents(bad)) << "«" << bad << "»";
  EXPECT_EQ(read_money("1234.5678").problem, "tiene más de dos decimales");
  EXPECT_EQ(cents("1,23"), 123);  // a decimal comma, unambiguous
  EXPECT_NE(read_money("12,34,567").problem.find("grupos de tres"), std::string::npos);
  EXPECT_NE(read_money("abc").problem.find("no es un monto"), std::string::npos);
}

TEST(Money, NumberFormatCodesRoundTrip) {
  for (auto f : {NumberFormat::ElSalvador, NumberFormat::ComaDecimal})
    EXPECT_EQ(parse_number_format(number_format_code(f)), f);
  EXPECT_EQ(number_format_code(NumberFormat::ElSalvador), "el_salvador");
  EXPECT_EQ(number_format_code(NumberFormat::ComaDecimal), "coma_decimal");
  EXPECT_FALSE(parse_number_format("espanol"));
  EXPECT_EQ(number_format_label(NumberFormat::ElSalvador), "El Salvador (1,234.56)");
}

TEST(Money, RejectsTextThatIsNotAnAmount) {
  for (const char* bad : {"", "   ", "abc", "12a", "1234.", ".50", "--5", "$$5", "$", "-", "5-",
                          "1 234", "1e3", "+5"})
    EXPECT_FALSE(cents(bad)) << "«" << bad << "»";
}

TEST(Money, RejectsAmountsTooLargeForCentsInsteadOfWrapping) {
  // int64 max is 9,223,372,036,854,775,807 cents; the largest whole part
  // that fits with any two decimals is 92,233,720,368,547,757.
  EXPECT_EQ(cents("92233720368547757.99"), 9223372036854775799);
  EXPECT_FALSE(cents("92233720368547758"));
  EXPECT_FALSE(cents("99999999999999999999"));
  EXPECT_FALSE(cents("-99999999999999999999"));
}

TEST(Money, FormatsWithDollarSignThousandsCommasAndTwoDecimals) {
  EXPECT_EQ(format_money(Money::from_cents(123456)), "$1,234.56");
  EXPECT_EQ(format_money(Money::from_cents(-500)), "-$5.00");
  EXPECT_EQ(format_money(Money::from_cents(0)), "$0.00");
  EXPECT_EQ(format_money(Money::from_cents(7)), "$0.07");
  EXPECT_EQ(format_money(Money::from_cents(99999)), "$999.99");
  EXPECT_EQ(format_money(Money::from_cents(100000)), "$1,000.00");
  EXPECT_EQ(format_money(Money::from_cents(123456789012)), "$1,234,567,890.12");
  EXPECT_EQ(format_money(Money::from_cents(std::numeric_limits<std::int64_t>::min())),
            "-$92,233,720,368,547,758.08");
}

TEST(Money, PlainFormIsWhatTheParserReadsBack) {
  EXPECT_EQ(format_money_plain(Money::from_cents(123456)), "1234.56");
  EXPECT_EQ(format_money_plain(Money::from_cents(-500)), "-5.00");
  EXPECT_EQ(format_money_plain(Money::from_cents(7)), "0.07");
  for (std::int64_t c : {0LL, 1LL, 10LL, 99LL, 100LL, 123456LL, -1LL, -123456LL, 250000000LL})
    EXPECT_EQ(cents(format_money_plain(Money::from_cents(c))), c) << c;
}

TEST(Money, PercentOfCentsRoundsHalfUpToTheCent) {
  EXPECT_EQ(percent_of_cents(10, 9500), 10);          // 9.5 → 10
  EXPECT_EQ(percent_of_cents(30, 9500), 29);          // 28.5 → 29
  EXPECT_EQ(percent_of_cents(29, 9500), 28);          // 27.55 → 28
  EXPECT_EQ(percent_of_cents(21, 9500), 20);          // 19.95 → 20
  EXPECT_EQ(percent_of_cents(1, 5000), 1);            // 0.5 → 1
  EXPECT_EQ(percent_of_cents(1, 4999), 0);            // 0.4999 → 0
  EXPECT_EQ(percent_of_cents(123456, 9000), 111110);  // 111110.4 → 111110
  EXPECT_EQ(percent_of_cents(123456, 10000), 123456);
  EXPECT_EQ(percent_of_cents(123456, 0), 0);
}

TEST(Money, PercentOfCentsDoesNotOverflowOnLargeAmounts) {
  // 9e18 × 9500 overflows int64 in the intermediate product.
  EXPECT_EQ(percent_of_cents(9'000'000'000'000'000'000, 9500), 8'550'000'000'000'000'000);
  EXPECT_EQ(percent_of_cents(std::numeric_limits<std::int64_t>::max(), 10000),
            std::numeric_limits<std::int64_t>::max());
}

TEST(Money, PercentOfNegativeCentsMirrorsThePositiveAmount) {
  EXPECT_EQ(percent_of_cents(-30, 9500), -29);
  EXPECT_EQ(percent_of_cents(-10, 9500), -10);
}

}  // namespace
}  // namespace cdmype
