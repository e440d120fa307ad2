// The rights_request and holiday_extra tables: the register of a person's data-protection
// requests and the holidays added to the calendar their deadlines are counted on.
#pragma once
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "core/rights_request.hpp"
#include "store/audit_repository.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

inline constexpr std::string_view kAuditRightsRequest = "rights_request";
inline constexpr std::string_view kAuditHoliday = "holiday_extra";

struct ExtraHoliday {
  Date fecha;
  std::string nombre;
};

class RightsRequestRepository {
 public:
  explicit RightsRequestRepository(Connection& db) : db_(db) {}

  // Writes the request and its audit entry (person fields sealed); fills r.id.
  void insert(const Author& who, RightsRequest& r);
  // Writes every changeable field of `after` (extension, answer) with the audit entry.
  void update(const Author& who, const RightsRequest& before, const RightsRequest& after,
              std::optional<std::int64_t> answered_by);
  std::optional<RightsRequest> find(std::int64_t id);
  // Open requests by deadline, then every answered one, newest first.
  std::vector<RightsRequest> all();
  std::vector<RightsRequest> by_dui(std::string_view dui);

  void add_holiday(const Author& who, const ExtraHoliday& h);
  std::vector<ExtraHoliday> holidays();
  std::set<Date> holiday_dates();

 private:
  Connection& db_;
};

}  // namespace cdmype::store
