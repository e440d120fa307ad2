// Dates: ISO and dd/mm/aaaa input, impossible and leap dates, months, ages.
#include <gtest/gtest.h>

#include "core/dates.hpp"

namespace cdmype {
namespace {

Date d(int y, int m, int day) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

TEST(Dates, ParsesIsoAndScreenForms) {
  EXPECT_EQ(parse_date("2026-10-05"), d(2026, 10, 5));
  EXPECT_EQ(parse_date("05/10/2026"), d(2026, 10, 5));
  EXPECT_EQ(parse_date("5/10/2026"), d(2026, 10, 5));
  EXPECT_EQ(parse_date("5/1/2026"), d(2026, 1, 5));
  EXPECT_EQ(parse_date("  31/12/2026 "), d(2026, 12, 31));
}

TEST(Dates, RejectsDatesThatDoNotExist) {
  EXPECT_FALSE(parse_date("2026-02-30"));
  EXPECT_FALSE(parse_date("31/04/2026"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("00/01/2026"));
  EXPECT_FALSE(parse_date("2026-00-10"));
  EXPECT_FALSE(parse_date("32/01/2026"));
}

TEST(Dates, RejectsOtherShapes) {
  for (const char* bad : {"", "abc", "2026-1-5", "2026/10/05", "05-10-2026", "1/1/26",
                          "05/10/2026/1", "005/10/2026", "2026-10-05T10:00", "5//2026"})
    EXPECT_FALSE(parse_date(bad)) << "«" << bad << "»";
}

TEST(Dates, KnowsLeapYears) {
  EXPECT_EQ(parse_date("2028-02-29"), d(2028, 2, 29));
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_EQ(parse_date("29/02/2000"), d(2000, 2, 29));  // divisible by 400
  EXPECT_FALSE(parse_date("29/02/1900"));               // divisible by 100 only
}

TEST(Dates, IsoParserRefusesTheScreenForm) {
  EXPECT_EQ(parse_iso_date("2026-10-05"), d(2026, 10, 5));
  EXPECT_FALSE(parse_iso_date("05/10/2026"));
}

TEST(Dates, WritesIsoForStorageAndDdMmAaaaForScreens) {
  EXPECT_EQ(to_iso(d(2026, 1, 5)), "2026-01-05");
  EXPECT_EQ(to_display(d(2026, 1, 5)), "05/01/2026");
  const Date x = d(2027, 11, 30);
  EXPECT_EQ(parse_date(to_iso(x)), x);
  EXPECT_EQ(parse_date(to_display(x)), x);
}

TEST(Dates, MonthsKnowTheirFirstAndLastDay) {
  const auto oct = parse_year_month("2026-10");
  ASSERT_TRUE(oct);
  EXPECT_EQ(oct->first_day(), d(2026, 10, 1));
  EXPECT_EQ(oct->last_day(), d(2026, 10, 31));
  EXPECT_EQ((YearMonth{2028, 2}).last_day(), d(2028, 2, 29));
  EXPECT_EQ((YearMonth{2026, 2}).last_day(), d(2026, 2, 28));
  EXPECT_EQ((YearMonth{2026, 4}).last_day(), d(2026, 4, 30));
  EXPECT_EQ((YearMonth{2026, 3}).to_string(), "2026-03");
}

TEST(Dates, RejectsMonthsThatAreNotYyyyMm) {
  for (const char* bad : {"2026-13", "2026-00", "26-10", "2026-1", "2026/10", "", "2026-10-01"})
    EXPECT_FALSE(parse_year_month(bad)) << "«" << bad << "»";
}

TEST(Dates, AgeCountsCompletedYearsOnTheExactBirthday) {
  const Date born = d(2000, 6, 15);
  EXPECT_EQ(age_on(born, d(2026, 6, 14)), 25);
  EXPECT_EQ(age_on(born, d(2026, 6, 15)), 26);
  EXPECT_EQ(age_on(born, d(2026, 5, 20)), 25);
  EXPECT_EQ(age_on(born, d(2026, 7, 1)), 26);
}

TEST(Dates, BornOnLeapDayTurnsOlderOnFirstOfMarchInCommonYears) {
  const Date born = d(2008, 2, 29);
  EXPECT_EQ(age_on(born, d(2026, 2, 28)), 17);
  EXPECT_EQ(age_on(born, d(2026, 3, 1)), 18);
  EXPECT_EQ(age_on(born, d(2028, 2, 29)), 20);
}

TEST(Dates, TodayIsARealDate) {
  const Date t = today();
  ASSERT_FALSE(t.is_special());
  EXPECT_GE(t.year(), 2024);
}

}  // namespace
}  // namespace cdmype
