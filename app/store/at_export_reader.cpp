// Reads AT with their enterprise code, provider name and usernames for the CSV export.
#include "store/at_export_reader.hpp"

#include "store/at_row.hpp"
#include "store/sql/statement.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

void for_each_at(Connection& db, const std::function<bool(const AtExportRow&)>& row) {
  ReadSnapshot snapshot(db);
  Statement q(db, std::string("SELECT ") + kAtSelectColumns +
                      ", e.codigo AS empresa_codigo, p.nombre AS proveedor, "
                      "COALESCE(r.username, d.username) AS solicitada_por, "
                      "ap.username AS aprobada_por FROM technical_assistance a "
                      "JOIN enterprise e ON e.id = a.enterprise_id "
                      "LEFT JOIN provider p ON p.id = a.provider_id "
                      "JOIN app_user d ON d.id = a.drafted_by "
                      "LEFT JOIN app_user r ON r.id = a.requested_by "
                      "LEFT JOIN app_user ap ON ap.id = a.approved_by "
                      "ORDER BY a.codigo");
  q.stream_rows();
  AtExportRow out;
  AtReader reader;
  while (q.step()) {
    out.record = reader.read(q);
    out.empresa_codigo = q.text("empresa_codigo");
    out.proveedor = column_text(q, "proveedor");
    out.solicitada_por = column_text(q, "solicitada_por");
    out.aprobada_por = column_text(q, "aprobada_por");
    if (!row(out)) break;
  }
}

}  // namespace cdmype::store
