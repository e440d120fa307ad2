// SQLite's VACUUM and checkpoints, PostgreSQL's VACUUM FULL, after a person is forgotten.
#include "store/compaction.hpp"

#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

namespace {

CompactionOutcome compact_sqlite(Connection& db) {
  db.execute_script("INSERT INTO enterprise_fts (enterprise_fts) VALUES ('optimize')");
  // A checkpoint that could not copy every frame (another program reading)
  // returns busy = 1; the log then keeps frames that may hold old values.
  auto checkpoint = [&db] {
    Statement q(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    return q.step() && q.int64(0) == 0;
  };
  bool clean = checkpoint();
  db.execute_script("VACUUM");
  clean = checkpoint() && clean;
  if (!clean)
    return {false,
            "Los datos se olvidaron, pero otro programa tenía abierta la base de datos y su "
            "registro de escritura (-wal) puede conservar valores anteriores. Cierre los demás "
            "programas de CDMYPE Desk y ejecute «cdmype-cli check» para compactarla de nuevo."};
  return {true, "La base de datos se compactó: no quedan los valores anteriores en el archivo."};
}

CompactionOutcome compact_postgresql(Connection& db) {
  try {
    db.execute_script(
        "VACUUM (FULL) enterprise, referral, training_attendee, advisory_session, "
        "technical_assistance, result, clave_personal, audit_log");
  } catch (const DbError&) {
    return {false,
            "Los datos se olvidaron, pero esta cuenta del servidor no puede reescribir las "
            "tablas. El responsable del servidor debe ejecutar «VACUUM (FULL)» en la base del "
            "centro como su propietario para que los valores anteriores salgan de sus archivos."};
  }
  return {true,
          "Las tablas se reescribieron en el servidor. Su registro de escritura (WAL) conserva "
          "los valores anteriores hasta que sus segmentos se reciclan con las escrituras "
          "siguientes, y un archivo de WAL, si el servidor lo guarda, hasta que caduca."};
}

}  // namespace

CompactionOutcome compact_after_forgetting(Connection& db) {
  return db.engine() == Engine::SQLite ? compact_sqlite(db) : compact_postgresql(db);
}

}  // namespace cdmype::store
