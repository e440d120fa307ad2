// Codes, labels and deadlines of the data-protection requests.
#include "core/rights_request.hpp"

#include <array>
#include <utility>

namespace cdmype {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kRights{{
    {"acceso", "Acceso"},
    {"rectificacion", "Rectificación"},
    {"cancelacion", "Cancelación"},
    {"oposicion", "Oposición"},
    {"portabilidad", "Portabilidad"},
    {"olvido", "Olvido"},
    {"limitacion", "Limitación"},
}};

}  // namespace

std::string_view data_right_code(DataRight r) { return kRights[static_cast<int>(r)].first; }
std::string_view data_right_label(DataRight r) { return kRights[static_cast<int>(r)].second; }

std::optional<DataRight> parse_data_right(std::string_view code) {
  for (std::size_t i = 0; i < kRights.size(); ++i)
    if (kRights[i].first == code) return static_cast<DataRight>(i);
  return std::nullopt;
}

std::string_view request_state_code(RequestState s) {
  return s == RequestState::Abierta ? "abierta" : "respondida";
}

Date request_due_date(const BusinessCalendar& calendar, const Date& received) {
  return calendar.add_business_days(received, kRequestBusinessDays);
}

Date extended_due_date(const BusinessCalendar& calendar, const Date& due) {
  return calendar.add_business_days(due, kRequestExtensionBusinessDays);
}

bool is_overdue(const RightsRequest& r, const Date& today) {
  return r.estado == RequestState::Abierta && r.vence < today;
}

bool is_due_soon(const BusinessCalendar& calendar, const RightsRequest& r, const Date& today) {
  if (r.estado != RequestState::Abierta) return false;
  return r.vence < today ||
         calendar.business_days_between(today, r.vence) <= kRequestWarningBusinessDays;
}

}  // namespace cdmype
