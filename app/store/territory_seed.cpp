// Seeds the distrito table (id = catalog line order, stable by contract) from core's catalog.
#include "store/territory_seed.hpp"

#include "core/spanish_collation.hpp"
#include "core/territory.hpp"
#include "store/identity_sequence.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

bool distritos_need_seed(Connection& db) {
  return query_int64(db, "SELECT COUNT(*) AS n FROM distrito").value_or(0) <
         static_cast<std::int64_t>(Territory::el_salvador().distritos().size());
}

void seed_distritos(Connection& db) {
  require_transaction(db);
  // Prepared once for the 262 rows (the sort keys bound as bytes: 0010).
  Statement ins(db,
                "INSERT INTO distrito (id, nombre, municipio, departamento, nombre_orden, "
                "municipio_orden) VALUES (:id, :nombre, :municipio, :departamento, "
                ":nombre_orden, :municipio_orden) ON CONFLICT (id) DO NOTHING");
  for (const auto& d : Territory::el_salvador().distritos()) {
    ins.bind("id", static_cast<std::int64_t>(d.id));
    ins.bind("nombre", d.nombre);
    ins.bind("municipio", d.municipio);
    ins.bind("departamento", d.departamento);
    ins.bind_blob("nombre_orden", spanish_sort_key(d.nombre));
    ins.bind_blob("municipio_orden", spanish_sort_key(d.municipio));
    ins.execute();
  }
  // The ids are the catalog's, written explicitly.
  advance_identity_past_max_id(db, "distrito");
}

}  // namespace cdmype::store
