// El Salvador's working calendar: weekends, the Código de Trabajo's holidays and added days.
#include "core/business_days.hpp"

namespace cdmype {

Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

std::string national_holiday_name(const Date& d) {
  const int month = d.month(), day = d.day();
  if (month == 1 && day == 1) return "Año Nuevo";
  if (month == 5 && day == 1) return "Día del Trabajo";
  if (month == 5 && day == 10) return "Día de la Madre";
  if (month == 6 && day == 17) return "Día del Padre";
  if (month == 8 && day == 6) return "Fiestas del Divino Salvador del Mundo";
  if (month == 9 && day == 15) return "Día de la Independencia";
  if (month == 11 && day == 2) return "Día de los Difuntos";
  if (month == 12 && day == 25) return "Navidad";
  const Date easter = easter_sunday(d.year());
  const boost::gregorian::days back = easter - d;
  if (back.days() == 3) return "Jueves Santo";
  if (back.days() == 2) return "Viernes Santo";
  if (back.days() == 1) return "Sábado Santo";
  return "";
}

bool BusinessCalendar::is_business_day(const Date& d) const {
  const auto weekday = d.day_of_week().as_number();  // 0 Sunday … 6 Saturday
  if (weekday == 0 || weekday == 6) return false;
  return national_holiday_name(d).empty() && !extra_.contains(d);
}

Date BusinessCalendar::add_business_days(const Date& from, int n) const {
  Date d = from;
  while (n > 0) {
    d += boost::gregorian::days(1);
    if (is_business_day(d)) --n;
  }
  return d;
}

int BusinessCalendar::business_days_between(const Date& from, const Date& to) const {
  int n = 0;
  for (Date d = from + boost::gregorian::days(1); d <= to; d += boost::gregorian::days(1))
    n += is_business_day(d) ? 1 : 0;
  return n;
}

}  // namespace cdmype
