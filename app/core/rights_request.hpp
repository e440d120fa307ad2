// A person's request under the data-protection law (solicitud de derechos ARCO-POL, Decreto
// Legislativo 144): what was asked, when, the deadline in business days and how it ended.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/business_days.hpp"
#include "core/dates.hpp"

namespace cdmype {

enum class DataRight {
  Acceso,
  Rectificacion,
  Cancelacion,
  Oposicion,
  Portabilidad,
  Olvido,
  Limitacion
};
std::string_view data_right_code(DataRight r);   // "acceso", "rectificacion", …
std::string_view data_right_label(DataRight r);  // "Acceso", "Rectificación", …
std::optional<DataRight> parse_data_right(std::string_view code);

enum class RequestState { Abierta, Respondida };
std::string_view request_state_code(RequestState s);  // "abierta", "respondida"

// The law's term: 20 business days from receipt, and one extension of 20 more.
inline constexpr int kRequestBusinessDays = 20;
inline constexpr int kRequestExtensionBusinessDays = 20;
// Inicio warns about requests due within this many business days.
inline constexpr int kRequestWarningBusinessDays = 5;

struct RightsRequest {
  std::int64_t id = 0;
  std::string persona_nombre;
  std::string persona_dui;  // normalized ########-#, or "" when the person has none
  DataRight derecho = DataRight::Acceso;
  Date recibida;
  Date vence;                   // after an extension, the extended date
  std::string prorroga_motivo;  // "" while not extended
  RequestState estado = RequestState::Abierta;
  std::string respuesta;
  std::optional<Date> respondida;
  std::string atendida_por;  // the username that answered
  bool extended() const { return !prorroga_motivo.empty(); }
};

// The deadline of a request received on `received`.
Date request_due_date(const BusinessCalendar& calendar, const Date& received);
// The deadline after the one extension.
Date extended_due_date(const BusinessCalendar& calendar, const Date& due);
// Open and its deadline before `today`.
bool is_overdue(const RightsRequest& r, const Date& today);
// Open and due within kRequestWarningBusinessDays business days of `today` (or overdue).
bool is_due_soon(const BusinessCalendar& calendar, const RightsRequest& r, const Date& today);

}  // namespace cdmype
