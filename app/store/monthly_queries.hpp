// SQL aggregates behind the monthly report: enterprises attended and sessions in a date range.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/enterprise_size.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// Inclusive ISO date range [from, to] and the birth dates that make a titular
// "joven" (15–29) on the reference date: born in (born_after, born_on_or_before].
struct MonthRange {
  Date from;
  Date to;
  Date born_after;
  Date born_on_or_before;
};

struct AttendedTotals {
  std::int64_t total = 0, mujer = 0, rural = 0, asociativa = 0, joven = 0;
};

// Enterprises attended in the range with one sector and distrito, and how
// many of them are led by women, rural, associative or have a young titular.
struct AttendedGroup {
  std::string sector;
  std::string distrito;
  std::string municipio;
  std::string departamento;
  AttendedTotals totals;
};

// Attended enterprises whose sales and workers fall between the same limits
// (core's size_limits_on): how many, and the smallest sales and workers among
// them, which the caller classifies in C++ for all of them.
struct AttendedSize {
  std::int64_t ventas_centavos = 0;
  int trabajadores = 0;  // empleados_mujeres + empleados_hombres
  std::int64_t count = 0;
};

struct DistritoCount {
  std::string distrito;
  std::string municipio;
  std::string departamento;
  std::int64_t count = 0;
};

struct SessionTotals {
  std::int64_t count = 0;
  std::int64_t minutes = 0;
};

// What identifies an attended enterprise across centers (its pseudonym is made from these).
struct AttendedIdentity {
  std::int64_t enterprise_id = 0;
  std::string forma_juridica;  // code
  std::string nit;
  std::string titular_dui;
};

class MonthlyQueries {
 public:
  explicit MonthlyQueries(Connection& db) : db_(db) {}

  // The enterprises with at least one session in the range, by id.
  std::vector<AttendedIdentity> attended_identities(const MonthRange& r);

  // Distinct enterprises with at least one session in the range.
  AttendedTotals attended_totals(const MonthRange& r);
  // Every breakdown of the attended enterprises in one pass over them,
  // grouped by (sector, distrito); the caller sums the groups.
  std::vector<AttendedGroup> attended_groups(const MonthRange& r);
  // The attended enterprises grouped by the intervals between `limits`, one query.
  std::vector<AttendedSize> attended_sizes(const MonthRange& r, const SizeLimits& limits);
  std::int64_t new_enterprises(const MonthRange& r);
  SessionTotals sessions(const MonthRange& r);
  std::map<std::string, std::int64_t> sessions_by_area(const MonthRange& r);
  // Keyed by the asesor's full name.
  std::map<std::string, SessionTotals> sessions_by_asesor(const MonthRange& r);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
