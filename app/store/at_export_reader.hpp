// Streaming reader for the `asistencias` CSV export: one callback per AT, names resolved in SQL.
#pragma once
#include <functional>
#include <string>

#include "core/at_record.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// An AT with what the `asistencias` file writes instead of ids.
struct AtExportRow {
  TechnicalAssistance record;
  std::string empresa_codigo;
  std::string proveedor;       // provider name; empty when none
  std::string solicitada_por;  // username of who requested it (who drafted it while borrador)
  std::string aprobada_por;    // username of the director who decided; empty when undecided
};

// Ordered by código, inside one read transaction (a consistent snapshot).
// The callback returns false to stop early (cancel).
void for_each_at(Connection& db, const std::function<bool(const AtExportRow&)>& row);

}  // namespace cdmype::store
