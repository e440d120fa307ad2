// The server-side checks of opening a center: whose database it is and which schema it has.
#include "store/postgresql/pg_open.hpp"

#include "core/errors.hpp"
#include "store/migrations.hpp"
#include "store/sql/catalog.hpp"

namespace cdmype::store {

PgOpened open_postgresql(const std::string& uri) {
  PgOpened out;
  out.connection = std::make_unique<PgConnection>(uri);
  auto& c = *out.connection;
  const auto tables = user_tables(c);
  const bool ours = table_exists(c, "schema_version");
  if (!tables.empty() && !ours)
    throw UserError("La base de datos del " + c.describe() +
                    " tiene tablas de otro programa; CDMYPE Desk no la usará. Cree una base "
                    "vacía para el centro (installer/server/setup-server.sh lo hace).");
  const int found = ours ? read_schema_version(c) : 0;
  if (found > latest_schema_version(Engine::PostgreSQL))
    throw UserError("En el " + c.describe() + ": " +
                    newer_schema_message(found, latest_schema_version(Engine::PostgreSQL)));
  out.empty = found == 0;
  return out;
}

}  // namespace cdmype::store
