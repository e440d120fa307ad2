// Opening a center's database on its PostgreSQL server: connect, refuse what is not ours.
#pragma once
#include <memory>
#include <string>

#include "store/postgresql/pg_connection.hpp"

namespace cdmype::store {

// Connects and checks, before anything is written: a database holding
// tables of another program, or a CDMYPE schema newer than this program, is
// refused with a Spanish UserError. `empty` tells whether it holds no CDMYPE
// schema yet (a new center: `init` or the wizard create it).
struct PgOpened {
  std::unique_ptr<PgConnection> connection;
  bool empty = false;
};
PgOpened open_postgresql(const std::string& uri);

}  // namespace cdmype::store
