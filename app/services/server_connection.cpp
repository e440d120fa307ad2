// The connection dialog's test: reach the server, look at the database, leave.
#include "services/server_connection.hpp"

#include "store/postgresql/pg_open.hpp"

namespace cdmype::services {

void check_server_connection(const store::DataSource& source) {
  if (source.is_file()) return;
  (void)store::open_postgresql(source.uri());
}

}  // namespace cdmype::services
