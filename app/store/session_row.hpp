// The advisory_session columns read by SELECTs (table aliased `s`) and the row → record mapping.
#pragma once
#include <SQLiteCpp/Statement.h>

#include "core/advisory_session.hpp"

namespace cdmype::store {

// "s.id, s.uuid, …": kSessionSelectCount columns, read with read_session.
inline constexpr const char* kSessionSelectColumns =
    "s.id, s.uuid, s.version, s.created_at, s.updated_at, s.created_by, s.updated_by, "
    "s.enterprise_id, s.asesor_id, s.fecha, s.duracion_min, s.modalidad, s.area, s.tema, "
    "s.diagnostico, s.acuerdos, s.proximo_paso, s.fecha_proximo_paso";
inline constexpr int kSessionSelectCount = 18;

AdvisorySession read_session(SQLite::Statement& q);

}  // namespace cdmype::store
