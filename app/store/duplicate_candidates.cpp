// One query over the enterprise indexes for the files a referral might duplicate.
#include "store/duplicate_candidates.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/enterprise_row.hpp"

namespace cdmype::store {

std::vector<Enterprise> duplicate_candidates(SQLite::Database& db, const DuplicateKey& key) {
  SQLite::Statement q(db, "SELECT " + enterprise_select_columns() +
                              " FROM enterprise e WHERE (?1 <> '' AND e.titular_dui = ?1) "
                              "OR (?2 <> '' AND e.nit = ?2) OR e.distrito_id = ?3 "
                              "ORDER BY e.codigo");
  q.bind(1, key.dui);
  q.bind(2, key.nit);
  q.bind(3, key.distrito_id);
  std::vector<Enterprise> out;
  while (q.executeStep()) out.push_back(read_enterprise(q));
  return out;
}

}  // namespace cdmype::store
