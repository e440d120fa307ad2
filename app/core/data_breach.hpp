// A security breach of personal data (Decreto Legislativo 144): when it was detected, what and
// whose data, the measures taken, and when the Agencia de Ciberseguridad del Estado, the
// Fiscalía General de la República and the people affected were told — within 72 hours.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdmype {

using Moment = std::chrono::system_clock::time_point;

// Who a breach is notified to.
enum class BreachRecipient { Ace, Fiscalia, Personas };
std::string_view breach_recipient_code(BreachRecipient r);   // "ace", "fiscalia", "personas"
std::string_view breach_recipient_label(BreachRecipient r);  // "Agencia de Ciberseguridad…"
std::optional<BreachRecipient> parse_breach_recipient(std::string_view code);

inline constexpr std::chrono::hours kBreachNoticeHours{72};

struct DataBreach {
  std::int64_t id = 0;
  Moment detectada;
  std::string descripcion;
  std::string datos;            // what data (names, DUIs, disability…)
  std::int64_t personas = 0;    // how many people, as far as known
  std::string medidas;
  std::optional<Moment> notificada_ace;
  std::optional<Moment> notificada_fiscalia;
  std::optional<Moment> notificadas_personas;

  std::optional<Moment>& notice(BreachRecipient r);
  const std::optional<Moment>& notice(BreachRecipient r) const;
  bool fully_notified() const;
};

// The 72-hour clock as a person reads it at `now`: "quedan 61 h para notificar",
// "plazo vencido hace 5 h: faltan ACE, personas", or "notificada a todos".
std::string breach_clock_text(const DataBreach& b, Moment now);

// "2026-12-03 14:30" or "03/12/2026 14:30" (local time, as a person types it), and
// "03/12/2026 14:30" as the program shows it.
std::optional<Moment> parse_local_minute(std::string_view text);
std::string local_minute_text(Moment t);

}  // namespace cdmype
