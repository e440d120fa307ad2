// Seeds the distrito table (id = catalog line order, stable by contract) from core's catalog.
#include "store/territory_seed.hpp"

#include <SQLiteCpp/Statement.h>

#include "core/territory.hpp"
#include "store/sort_keys.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

bool distritos_need_seed(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM distrito");
  q.executeStep();
  return q.getColumn(0).getInt64() <
         static_cast<std::int64_t>(Territory::el_salvador().distritos().size());
}

void seed_distritos(SQLite::Database& db) {
  require_transaction(db);
  SQLite::Statement ins(
      db,
      "INSERT INTO distrito (id, nombre, municipio, departamento, nombre_orden, "
      "municipio_orden) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING");
  for (const auto& d : Territory::el_salvador().distritos()) {
    ins.bind(1, d.id);
    ins.bindNoCopy(2, d.nombre);
    ins.bindNoCopy(3, d.municipio);
    ins.bindNoCopy(4, d.departamento);
    bind_sort_key(ins, 5, d.nombre);
    bind_sort_key(ins, 6, d.municipio);
    ins.exec();
    ins.reset();
  }
}

}  // namespace cdmype::store
