// Bulk loading a new file: per-row triggers and report indexes off, then built once from the data.
#include "store/bulk_load.hpp"

#include <stdexcept>

#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

// Per-row work that a load of a million sessions pays a million times and
// that a single pass over the finished tables does at a fraction of the cost.
constexpr const char* kDeferredTriggers[] = {"enterprise_fts_insert",
                                             "report_aggregates_session_insert"};
// Indexes nothing reads while loading, filled in random key order by the
// loader; CREATE INDEX sorts once instead. A name the schema lacks is skipped.
// The enterprises' Spanish sort keys are written by each insert (a key is a
// few hundred nanoseconds of C++); only their indexes wait.
constexpr const char* kDeferredIndexes[] = {
    "session_fecha",           "session_asesor",
    "enterprise_nombre_orden", "enterprise_titular_nombre_orden",
    "enterprise_titular_dui",  "enterprise_nit",
    "enterprise_sector",       "enterprise_estado"};

// What report_aggregates_session_insert (0007, 0013) would have left after each
// insert; the statements 0007 runs for the sessions already there, grouped
// by enterprise first so session_enterprise supplies the order (measured 40 %
// faster at a million sessions).
constexpr const char* kRebuildSessionMonthStats =
    "INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes) "
    "SELECT substr(fecha, 1, 7), asesor_id, area, COUNT(*), SUM(duracion_min) "
    "FROM advisory_session GROUP BY 1, 2, 3";
constexpr const char* kRebuildEnterpriseAttendance =
    "INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, "
    "distrito_id, zona, liderada_por_mujer, asociativa, titular_fecha_nacimiento, "
    "ventas_anuales_centavos, trabajadores) "
    "SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, "
    "e.liderada_por_mujer, e.asociativa, e.titular_fecha_nacimiento, "
    "e.ventas_anuales_centavos, e.empleados_mujeres + e.empleados_hombres "
    "FROM (SELECT substr(fecha, 1, 7) AS period, enterprise_id, MIN(fecha) AS first_fecha "
    "      FROM advisory_session GROUP BY 2, 1 "
    "      UNION ALL "
    "      SELECT substr(fecha, 1, 4), enterprise_id, MIN(fecha) "
    "      FROM advisory_session GROUP BY 2, 1) p "
    "JOIN enterprise e ON e.id = p.enterprise_id";

// SQLite dialect: the CREATE statement of a trigger or index as the
// migrations left it, or "" when the schema has none.
std::string schema_sql(Connection& db, const char* type, const char* name) {
  Statement q(db, "SELECT sql FROM sqlite_master WHERE type = :type AND name = :name");
  q.bind("type", type);
  q.bind("name", name);
  return q.step() ? q.text("sql") : std::string();
}

}  // namespace

BulkLoad::BulkLoad(Connection& db) : db_(db) {
  // PostgreSQL: nothing is dropped, so the per-row triggers keep search and
  // aggregates right (correct, not fast). Nothing large is loaded this way
  // there: a server's demo is made in a file and sent with COPY
  // (demo_loader.cpp, copy_center with LoadWithoutChecks).
  if (db_.engine() != Engine::SQLite) return;
  try {
    // No other connection and nothing to recover: the file is deleted on failure.
    db_.execute_script("PRAGMA journal_mode = MEMORY");
    db_.execute_script("PRAGMA synchronous = OFF");
    // 256 MiB: the session indexes stay in memory.
    db_.execute_script("PRAGMA cache_size = -262144");
    WriteTransaction tx(db_);
    for (const char* name : kDeferredTriggers) {
      deferred_sql_.push_back(schema_sql(db_, "trigger", name));
      if (deferred_sql_.back().empty())  // renamed by a migration: this list is out of date
        throw std::logic_error(std::string("carga masiva: el esquema no tiene ") + name);
      db_.execute_script(std::string("DROP TRIGGER ") + name);
    }
    for (const char* name : kDeferredIndexes) {
      std::string sql = schema_sql(db_, "index", name);
      if (sql.empty()) continue;
      deferred_sql_.push_back(std::move(sql));
      db_.execute_script(std::string("DROP INDEX ") + name);
    }
    tx.commit();
  } catch (const DbError& e) {
    rethrow_friendly(e);
  }
}

void BulkLoad::finish() {
  if (db_.engine() != Engine::SQLite) return;  // see the constructor
  try {
    // The last transaction commits with a real journal and fsync, so
    // everything written without them reaches the disk with it.
    db_.execute_script("PRAGMA journal_mode = DELETE");
    db_.execute_script("PRAGMA synchronous = FULL");
    WriteTransaction tx(db_);
    // Indexes first: the month stats then read the narrow session_fecha
    // (covering) instead of the wide table rows.
    for (const auto& sql : deferred_sql_) db_.execute_script(sql);
    db_.execute_script("INSERT INTO enterprise_fts (enterprise_fts) VALUES ('rebuild')");
    db_.execute_script("DELETE FROM session_month_stats");
    db_.execute_script("DELETE FROM enterprise_attendance");
    db_.execute_script(kRebuildSessionMonthStats);
    db_.execute_script(kRebuildEnterpriseAttendance);
    tx.commit();
    db_.execute_script("PRAGMA journal_mode = WAL");
    db_.execute_script("PRAGMA cache_size = -65536");
  } catch (const DbError& e) {
    rethrow_friendly(e);
  }
}

}  // namespace cdmype::store
