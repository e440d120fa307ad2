// Reads whole tables for export row by row, without loading them into memory.
#include "store/export_readers.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/enterprise_row.hpp"
#include "store/session_row.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

// A deferred read transaction: WAL gives it a snapshot; it never writes, so
// the BEGIN IMMEDIATE rule for writers does not apply.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(SQLite::Database& db) : db_(db) { db_.exec("BEGIN"); }
  ~ReadSnapshot() { db_.tryExec("COMMIT"); }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  SQLite::Database& db_;
};

}  // namespace

void for_each_enterprise(SQLite::Database& db,
                         const std::function<bool(const EnterpriseExportRow&)>& row) {
  ReadSnapshot snapshot(db);
  SQLite::Statement q(db, "SELECT " + enterprise_select_columns() +
                              ", u.username, d.nombre, d.municipio, d.departamento "
                              "FROM enterprise e JOIN distrito d ON d.id = e.distrito_id "
                              "LEFT JOIN app_user u ON u.id = e.asesor_id ORDER BY e.codigo");
  EnterpriseExportRow r;
  while (q.executeStep()) {
    r.record = read_enterprise(q);
    r.asesor_username = column_text(q.getColumn(kEnterpriseSelectCount));
    r.distrito = q.getColumn(kEnterpriseSelectCount + 1).getString();
    r.municipio = q.getColumn(kEnterpriseSelectCount + 2).getString();
    r.departamento = q.getColumn(kEnterpriseSelectCount + 3).getString();
    if (!row(r)) break;
  }
}

void for_each_session(SQLite::Database& db,
                      const std::function<bool(const SessionExportRow&)>& row) {
  ReadSnapshot snapshot(db);
  SQLite::Statement q(db, std::string("SELECT ") + kSessionSelectColumns +
                              ", e.codigo, u.username FROM advisory_session s "
                              "JOIN enterprise e ON e.id = s.enterprise_id "
                              "JOIN app_user u ON u.id = s.asesor_id "
                              "ORDER BY s.fecha, s.enterprise_id, s.id");
  SessionExportRow r;
  while (q.executeStep()) {
    r.record = read_session(q);
    r.empresa_codigo = q.getColumn(kSessionSelectCount).getString();
    r.asesor_username = q.getColumn(kSessionSelectCount + 1).getString();
    if (!row(r)) break;
  }
}

}  // namespace cdmype::store
