// One query over the enterprise indexes for the files a referral might duplicate.
#include "store/duplicate_candidates.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/enterprise_row.hpp"

namespace cdmype::store {

std::vector<Enterprise> duplicate_candidates(SQLite::Database& db, const DuplicateKey& key) {
  // A person's DUI may sit in titular_dui or, as their NIT, in nit (both
  // canonical, so a DUI stored as NIT equals the same DUI as titular).
  const std::vector<std::string> duis = person_duis(key);
  SQLite::Statement q(db, "SELECT " + enterprise_select_columns() +
                              " FROM enterprise e WHERE "
                              "(?1 <> '' AND (e.titular_dui = ?1 OR e.nit = ?1)) "
                              "OR (?2 <> '' AND (e.titular_dui = ?2 OR e.nit = ?2)) "
                              "OR (?3 <> '' AND e.nit = ?3) OR e.distrito_id = ?4 "
                              "ORDER BY e.codigo");
  q.bind(1, duis.size() > 0 ? duis[0] : std::string());
  q.bind(2, duis.size() > 1 ? duis[1] : std::string());
  q.bind(3, key.nit);
  q.bind(4, key.distrito_id);
  std::vector<Enterprise> out;
  while (q.executeStep()) out.push_back(read_enterprise(q));
  return out;
}

}  // namespace cdmype::store
