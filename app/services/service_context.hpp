// What every service shares: the open database and the clock (injectable for tests).
#pragma once
#include "core/dates.hpp"
#include "core/permissions.hpp"
#include "store/audit_repository.hpp"
#include "store/clock.hpp"
#include "store/database.hpp"

namespace cdmype::services {

struct ServiceContext {
  store::Database& db;
  store::Clock clock;

  store::Connection& sql() { return db.connection(); }
  std::string now_iso() const { return store::iso_utc(clock()); }
  // "Today" for a person at the center: the local date of the clock.
  Date today() const { return store::local_date(clock()); }
  // Who and when, stamped on records and audit rows.
  store::Author author(const Actor& actor) const {
    return store::Author{actor.user_id, actor.username, now_iso()};
  }
};

}  // namespace cdmype::services
