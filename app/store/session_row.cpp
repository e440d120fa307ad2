// Reads one advisory_session row into the core record.
#include "store/session_row.hpp"

#include "store/sql_values.hpp"

namespace cdmype::store {

AdvisorySession read_session(SQLite::Statement& q) {
  AdvisorySession s;
  s.meta.id = q.getColumn(0).getInt64();
  s.meta.uuid = q.getColumn(1).getString();
  s.meta.version = q.getColumn(2).getInt();
  s.meta.created_at = q.getColumn(3).getString();
  s.meta.updated_at = q.getColumn(4).getString();
  s.meta.created_by = column_id(q.getColumn(5));
  s.meta.updated_by = column_id(q.getColumn(6));
  s.enterprise_id = q.getColumn(7).getInt64();
  s.asesor_id = q.getColumn(8).getInt64();
  s.fecha = column_date(q.getColumn(9));
  s.duracion_min = q.getColumn(10).getInt();
  s.modalidad = column_code<Modalidad>(q.getColumn(11));
  s.area = column_code<Area>(q.getColumn(12));
  s.tema = q.getColumn(13).getString();
  s.diagnostico = q.getColumn(14).getString();
  s.acuerdos = q.getColumn(15).getString();
  s.proximo_paso = q.getColumn(16).getString();
  s.fecha_proximo_paso = column_optional_date(q.getColumn(17));
  return s;
}

}  // namespace cdmype::store
