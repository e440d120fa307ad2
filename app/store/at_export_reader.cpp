// Reads AT with their enterprise code, provider name and usernames for the CSV export.
#include "store/at_export_reader.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/at_row.hpp"
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

void for_each_at(SQLite::Database& db, const std::function<bool(const AtExportRow&)>& row) {
  ReadSnapshot snapshot(db);
  SQLite::Statement q(db, std::string("SELECT ") + kAtSelectColumns +
                              ", e.codigo, p.nombre, COALESCE(r.username, d.username), "
                              "ap.username FROM technical_assistance a "
                              "JOIN enterprise e ON e.id = a.enterprise_id "
                              "LEFT JOIN provider p ON p.id = a.provider_id "
                              "JOIN app_user d ON d.id = a.drafted_by "
                              "LEFT JOIN app_user r ON r.id = a.requested_by "
                              "LEFT JOIN app_user ap ON ap.id = a.approved_by "
                              "ORDER BY a.codigo");
  AtExportRow out;
  while (q.executeStep()) {
    out.record = read_at(q);
    out.empresa_codigo = q.getColumn(kAtSelectCount).getString();
    out.proveedor = column_text(q.getColumn(kAtSelectCount + 1));
    out.solicitada_por = column_text(q.getColumn(kAtSelectCount + 2));
    out.aprobada_por = column_text(q.getColumn(kAtSelectCount + 3));
    if (!row(out)) break;
  }
}

}  // namespace cdmype::store
