// Reference checks done in memory after one load, for single saves and bulk imports alike.
#include "services/reference_checks.hpp"

#include "core/identity.hpp"
#include "store/enterprise_repository.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/user_repository.hpp"

namespace cdmype::services {

ReferenceChecks::ReferenceChecks(store::Connection& db) : db_(db) {
  // Transitional: UserRepository and EnterpriseRepository still take the SQLite handle.
  for (const auto& [name, id] :
       store::UserRepository(db_).ids_by_username())
    users_.emplace(id, name);
}

std::vector<std::string> ReferenceChecks::enterprise_problems(const Enterprise& e) const {
  auto problems = validate(e);
  if (e.asesor_id != 0 && !users_.contains(e.asesor_id))
    problems.push_back("asesor: no existe la cuenta número " + std::to_string(e.asesor_id));
  return problems;
}

std::vector<std::string> ReferenceChecks::session_problems(const AdvisorySession& s,
                                                          const Date& today) {
  if (!enterprises_loaded_) {
    enterprises_ = store::EnterpriseRepository(db_).all_ids();
    enterprises_loaded_ = true;
  }
  auto problems = validate(s, today);
  if (!enterprises_.contains(s.enterprise_id))
    problems.push_back("empresa: no existe el expediente número " +
                       std::to_string(s.enterprise_id));
  if (!users_.contains(s.asesor_id))
    problems.push_back("asesor: no existe la cuenta número " + std::to_string(s.asesor_id));
  return problems;
}

void canonicalize_ids(Enterprise& e) {
  if (!e.titular.dui.empty())
    if (auto d = normalize_dui(e.titular.dui)) e.titular.dui = *d;
  if (!e.nit.empty())
    if (auto n = normalize_nit(e.nit)) e.nit = *n;
}

std::string row_label(const std::vector<int>& line_numbers, size_t index) {
  if (index < line_numbers.size()) return "línea " + std::to_string(line_numbers[index]) + ": ";
  return "registro " + std::to_string(index + 1) + ": ";
}

}  // namespace cdmype::services
