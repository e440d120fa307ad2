// Streaming readers for CSV exports: one callback per row, stable order, names resolved in SQL.
#pragma once
#include <functional>
#include <string>

#include "core/advisory_session.hpp"
#include "core/enterprise.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// An enterprise with what the `empresas` CSV writes instead of ids.
struct EnterpriseExportRow {
  Enterprise record;
  std::string asesor_username;  // empty when unassigned
  std::string distrito;
  std::string municipio;
  std::string departamento;
};

// A session with the enterprise's code and the asesor's username (`sesiones` CSV).
struct SessionExportRow {
  AdvisorySession record;
  std::string empresa_codigo;
  std::string asesor_username;
};

// Ordered by código. The callback returns false to stop early (cancel).
// Rows are read inside one read transaction, so the export is a consistent
// snapshot even while others write.
void for_each_enterprise(Connection& db,
                         const std::function<bool(const EnterpriseExportRow&)>& row);
// Ordered by fecha, enterprise, id: the order of the session_fecha index, so a
// million rows stream without a sort.
void for_each_session(Connection& db, const std::function<bool(const SessionExportRow&)>& row);

}  // namespace cdmype::store
