// The register of a person's data-protection requests (solicitudes de derechos, Decreto
// Legislativo 144): recorded with their deadline in business days, extended once with a reason,
// answered; and the holidays the director adds to that calendar.
#pragma once
#include <string>
#include <vector>

#include "core/permissions.hpp"
#include "core/rights_request.hpp"
#include "services/service_context.hpp"
#include "store/rights_request_repository.hpp"

namespace cdmype::services {

class RightsService {
 public:
  explicit RightsService(ServiceContext& ctx) : ctx_(ctx) {}

  // Validates (name, a real DUI when given, a received date not in the future), computes the
  // deadline: 20 business days after receipt.
  RightsRequest record(const Actor& actor, const std::string& nombre, const std::string& dui,
                       DataRight derecho, const Date& recibida);
  // The one extension: 20 more business days from the current deadline, with its reason.
  RightsRequest extend(const Actor& actor, std::int64_t id, const std::string& reason);
  // Closes the request with the answer given to the person, dated today.
  RightsRequest answer(const Actor& actor, std::int64_t id, const std::string& respuesta);

  std::vector<RightsRequest> all(const Actor& actor);
  std::vector<RightsRequest> overdue(const Actor& actor);
  // Open requests due within five business days, or overdue (what Inicio lists).
  std::vector<RightsRequest> due_soon(const Actor& actor);
  // The person's own requests, for their access export.
  std::vector<RightsRequest> of_person(const Actor& actor, const std::string& dui);

  void add_holiday(const Actor& actor, const Date& fecha, const std::string& nombre);
  std::vector<store::ExtraHoliday> holidays(const Actor& actor);
  BusinessCalendar calendar();

 private:
  RightsRequest open_request(std::int64_t id);
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
