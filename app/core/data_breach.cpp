// The breach log's recipients, its 72-hour clock and local minute times.
#include "core/data_breach.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace cdmype {
namespace {

constexpr std::array<std::string_view, 3> kCodes{"ace", "fiscalia", "personas"};
constexpr std::array<std::string_view, 3> kLabels{"Agencia de Ciberseguridad del Estado",
                                                  "Fiscalía General de la República",
                                                  "personas afectadas"};
constexpr std::array<std::string_view, 3> kShort{"ACE", "Fiscalía", "personas"};

}  // namespace

std::string_view breach_recipient_code(BreachRecipient r) { return kCodes[static_cast<int>(r)]; }
std::string_view breach_recipient_label(BreachRecipient r) { return kLabels[static_cast<int>(r)]; }

std::optional<BreachRecipient> parse_breach_recipient(std::string_view code) {
  for (std::size_t i = 0; i < kCodes.size(); ++i)
    if (kCodes[i] == code) return static_cast<BreachRecipient>(i);
  return std::nullopt;
}

std::optional<Moment>& DataBreach::notice(BreachRecipient r) {
  return r == BreachRecipient::Ace        ? notificada_ace
         : r == BreachRecipient::Fiscalia ? notificada_fiscalia
                                          : notificadas_personas;
}

const std::optional<Moment>& DataBreach::notice(BreachRecipient r) const {
  return const_cast<DataBreach*>(this)->notice(r);
}

bool DataBreach::fully_notified() const {
  return notificada_ace && notificada_fiscalia && notificadas_personas;
}

std::string breach_clock_text(const DataBreach& b, Moment now) {
  if (b.fully_notified()) return "notificada a todos";
  std::string missing;
  for (int i = 0; i < 3; ++i)
    if (!b.notice(static_cast<BreachRecipient>(i)))
      missing += (missing.empty() ? "" : ", ") + std::string(kShort[i]);
  const auto deadline = b.detectada + kBreachNoticeHours;
  if (now <= deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::hours>(deadline - now).count();
    return "quedan " + std::to_string(left) + " h para notificar a: " + missing;
  }
  const auto late = std::chrono::duration_cast<std::chrono::hours>(now - deadline).count();
  return "plazo de 72 h vencido hace " + std::to_string(late) + " h; faltan: " + missing;
}

std::optional<Moment> parse_local_minute(std::string_view text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  char tail = 0;
  const std::string s(text);
  // As typed on the command line, or as the program shows it (and the app's form is filled).
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) != 5 &&
      std::sscanf(s.c_str(), "%2d/%2d/%4d %2d:%2d%c", &d, &mo, &y, &h, &mi, &tail) != 5)
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || h < 0 || mi < 0)
    return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_isdst = -1;
  const std::time_t t = std::mktime(&tm);
  if (t == -1 || tm.tm_mday != d) return std::nullopt;  // 31 April rolled over
  return std::chrono::system_clock::from_time_t(t);
}

std::string local_minute_text(Moment t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm local{};
  localtime_r(&secs, &local);
  char text[32];
  std::strftime(text, sizeof text, "%d/%m/%Y %H:%M", &local);
  return text;
}

}  // namespace cdmype
