// El Salvador's working calendar for the law's deadlines: Easter, the Código de Trabajo's
// holidays, weekends and the days a director adds.
#include <gtest/gtest.h>

#include "core/business_days.hpp"
#include "core/rights_request.hpp"

namespace cdmype {
namespace {

Date d(int y, int m, int day) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

TEST(BusinessDays, EasterSundayOfKnownYears) {
  EXPECT_EQ(easter_sunday(2024), d(2024, 3, 31));
  EXPECT_EQ(easter_sunday(2025), d(2025, 4, 20));
  EXPECT_EQ(easter_sunday(2026), d(2026, 4, 5));
  EXPECT_EQ(easter_sunday(2027), d(2027, 3, 28));
  EXPECT_EQ(easter_sunday(2038), d(2038, 4, 25));  // the latest date it can fall on
  EXPECT_EQ(easter_sunday(2285), d(2285, 3, 22));  // the earliest
}

TEST(BusinessDays, TheCodigoDeTrabajoHolidays) {
  EXPECT_EQ(national_holiday_name(d(2026, 4, 2)), "Jueves Santo");
  EXPECT_EQ(national_holiday_name(d(2026, 4, 3)), "Viernes Santo");
  EXPECT_EQ(national_holiday_name(d(2026, 4, 4)), "Sábado Santo");
  EXPECT_EQ(national_holiday_name(d(2026, 4, 1)), "");  // Miércoles Santo is worked
  for (const Date& h : {d(2026, 1, 1), d(2026, 5, 1), d(2026, 5, 10), d(2026, 6, 17),
                        d(2026, 8, 6), d(2026, 9, 15), d(2026, 11, 2), d(2026, 12, 25)})
    EXPECT_FALSE(national_holiday_name(h).empty()) << to_iso(h);
  EXPECT_EQ(national_holiday_name(d(2026, 12, 24)), "");
  EXPECT_EQ(national_holiday_name(d(2026, 12, 31)), "");
}

TEST(BusinessDays, TwentyBusinessDaysSkipHolyWeekAndTheExtensionSkipsMayDay) {
  const BusinessCalendar calendar;
  const Date received = d(2026, 3, 23);  // a Monday
  const Date due = request_due_date(calendar, received);
  EXPECT_EQ(due, d(2026, 4, 22));  // 20 April without Jueves and Viernes Santo
  EXPECT_EQ(calendar.business_days_between(received, due), 20);
  EXPECT_EQ(extended_due_date(calendar, due), d(2026, 5, 21));
  // Received on a Saturday: counting starts on Monday.
  EXPECT_EQ(calendar.add_business_days(d(2026, 10, 3), 1), d(2026, 10, 5));
}

TEST(BusinessDays, ADirectorsAddedHolidayMovesTheDeadline) {
  const BusinessCalendar calendar({d(2026, 4, 21)});
  EXPECT_FALSE(calendar.is_business_day(d(2026, 4, 21)));
  EXPECT_EQ(request_due_date(calendar, d(2026, 3, 23)), d(2026, 4, 23));
}

TEST(BusinessDays, DueSoonMeansFiveBusinessDaysOrLess) {
  const BusinessCalendar calendar;
  RightsRequest r;
  r.vence = d(2026, 12, 11);  // Friday
  EXPECT_TRUE(is_due_soon(calendar, r, d(2026, 12, 4)));   // 5 business days away
  EXPECT_FALSE(is_due_soon(calendar, r, d(2026, 12, 3)));  // 6
  EXPECT_FALSE(is_overdue(r, d(2026, 12, 11)));
  EXPECT_TRUE(is_overdue(r, d(2026, 12, 12)));
  r.estado = RequestState::Respondida;
  EXPECT_FALSE(is_overdue(r, d(2026, 12, 12)));
  EXPECT_FALSE(is_due_soon(calendar, r, d(2026, 12, 10)));
}

}  // namespace
}  // namespace cdmype
