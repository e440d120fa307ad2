// One query over the enterprise indexes for the files a referral might duplicate.
#include "store/duplicate_candidates.hpp"

#include "store/enterprise_row.hpp"

namespace cdmype::store {

std::vector<Enterprise> duplicate_candidates(Connection& db, const DuplicateKey& key) {
  // A person's DUI may sit in titular_dui or, as their NIT, in nit (both
  // canonical, so a DUI stored as NIT equals the same DUI as titular).
  const std::vector<std::string> duis = person_duis(key);
  Statement q(db, "SELECT " + enterprise_select_columns() +
                      " FROM enterprise e WHERE "
                      "(:dui1 <> '' AND (e.titular_dui = :dui1 OR e.nit = :dui1)) "
                      "OR (:dui2 <> '' AND (e.titular_dui = :dui2 OR e.nit = :dui2)) "
                      "OR (:nit <> '' AND e.nit = :nit) OR e.distrito_id = :distrito_id "
                      "ORDER BY e.codigo");
  q.bind("dui1", duis.size() > 0 ? duis[0] : std::string());
  q.bind("dui2", duis.size() > 1 ? duis[1] : std::string());
  q.bind("nit", key.nit);
  q.bind("distrito_id", key.distrito_id);
  EnterpriseReader reader;
  std::vector<Enterprise> out;
  while (q.step()) out.push_back(reader.read(q));
  return out;
}

}  // namespace cdmype::store
