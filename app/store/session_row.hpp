// The advisory_session columns read by SELECTs (table aliased `s`) and the row → record mapping.
#pragma once
#include <array>

#include "core/advisory_session.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

// "s.id, s.uuid, …", read with SessionReader. Joined tables must alias
// columns that share these names.
inline constexpr const char* kSessionSelectColumns =
    "s.id, s.uuid, s.version, s.created_at, s.updated_at, s.created_by, s.updated_by, "
    "s.enterprise_id, s.asesor_id, s.fecha, s.duracion_min, s.modalidad, s.area, s.tema, "
    "s.diagnostico, s.acuerdos, s.proximo_paso, s.fecha_proximo_paso";

// Reads the columns of kSessionSelectColumns from the current row of `q`.
// The columns are found by name once, at the first row (some engines know
// them only once the statement runs): an export reads a million rows, and
// finding 18 names per row would cost more than reading them.
// One reader per statement (it keeps that statement's positions).
class SessionReader {
 public:
  AdvisorySession read(Statement& q);

 private:
  std::array<int, 18> at_{};
  bool resolved_ = false;
};

}  // namespace cdmype::store
