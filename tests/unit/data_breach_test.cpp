// The breach log's times: typed either way a person writes them, shown one way, and the 72-hour
// clock read at a given moment.
#include "core/data_breach.hpp"

#include <gtest/gtest.h>

namespace cdmype {
namespace {

TEST(DataBreachTimes, TypedAsOnTheCommandLineOrAsShownTheyAreTheSameMinute) {
  const auto iso = parse_local_minute("2026-12-03 14:30");
  const auto shown = parse_local_minute("03/12/2026 14:30");
  ASSERT_TRUE(iso.has_value());
  ASSERT_TRUE(shown.has_value());
  EXPECT_EQ(*iso, *shown);
  EXPECT_EQ(local_minute_text(*iso), "03/12/2026 14:30");
  EXPECT_EQ(parse_local_minute(local_minute_text(*iso)), iso);
  for (const char* bad :
       {"", "2026-13-03 14:30", "03/12/2026", "03/12/2026 24:00", "2026-12-03 14:30 extra", "ayer"})
    EXPECT_FALSE(parse_local_minute(bad).has_value()) << bad;
}

TEST(DataBreachTimes, TheClockCountsSeventyTwoHoursFromDetection) {
  DataBreach b;
  b.detectada = *parse_local_minute("2026-12-01 08:00");
  const std::string early = breach_clock_text(b, *parse_local_minute("2026-12-01 19:00"));
  EXPECT_NE(early.find("quedan 61 h"), std::string::npos) << early;
  const std::string late = breach_clock_text(b, *parse_local_minute("2026-12-04 13:00"));
  EXPECT_NE(late.find("vencido"), std::string::npos) << late;
  for (auto to : {BreachRecipient::Ace, BreachRecipient::Fiscalia, BreachRecipient::Personas})
    b.notice(to) = b.detectada;
  EXPECT_TRUE(b.fully_notified());
}

}  // namespace
}  // namespace cdmype
