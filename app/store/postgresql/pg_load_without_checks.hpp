// Loading a whole center into an empty server database: foreign keys and secondary indexes set aside.
#pragma once
#include <string>
#include <vector>

#include "store/sql/connection.hpp"

namespace cdmype::store {

// Inside the caller's write transaction on a PostgreSQL database that the
// connected role owns (the copy-to and restore role, cdmype_propietario): the
// foreign keys and the indexes that back no constraint are dropped, and
// rebuild() creates them again from the exact definitions the server gave
// (pg_get_constraintdef, pg_get_indexdef), checking every row once. A row
// that breaks a key fails rebuild() and the transaction with it, as it would
// have failed its COPY. For a million sessions the per-row key checks cost
// about 20 s; one check of the whole table, about 1 s. A role that does not
// own the tables loads with everything in place (correct, slower).
class LoadWithoutChecks {
 public:
  explicit LoadWithoutChecks(Connection& c);
  LoadWithoutChecks(const LoadWithoutChecks&) = delete;
  LoadWithoutChecks& operator=(const LoadWithoutChecks&) = delete;

  void rebuild();

 private:
  Connection& c_;
  std::vector<std::string> recreate_;  // statements, in order: indexes, then keys
};

}  // namespace cdmype::store
