// Bulk import of AT history (the `asistencias` file): checked as a whole, then written in one
// transaction.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/at_record.hpp"
#include "core/permissions.hpp"
#include "services/import_service.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

// One row as the importer understood it: ids resolved, no subsidy yet.
struct AtImportRow {
  // codigo may be empty (assigned here); drafted_by = requested_by = who
  // requested it; approved_by set for decided rows; subsidio always empty:
  // it is computed here, never read from a file.
  TechnicalAssistance at;
  std::string proveedor;  // provider name, created when new; may be empty
};

class AtImportService {
 public:
  explicit AtImportService(ServiceContext& ctx) : ctx_(ctx) {}

  // ImportData. All-or-nothing, in file order:
  //  - a row that records a director's decision (aprobada or later,
  //    rechazada, or cancelada with an approval date) needs an acting user
  //    who may approve ("línea N: solo un director puede registrar
  //    asistencias aprobadas"), and aprobada_por must be a director other
  //    than who requested it;
  //  - dates may not be after today; códigos must be new;
  //  - the subsidy is computed by the policy in force on the approval date,
  //    with the enterprise's facts on that date and what it already got that
  //    year (database plus earlier rows of the file);
  //  - approved rows are checked against their year's budget like a live
  //    approval, adding up in file order, so a file cannot overdraw a fund
  //    the director set; a year without a budget is not limited.
  // Every problem is listed ("línea N: …") in one ValidationFailed. Then the
  // providers that are new and every AT are written with their audit rows.
  // Returns the new ids in order.
  std::vector<std::int64_t> import_assistances(const Actor& actor, std::vector<AtImportRow> rows,
                                               const ImportOptions& options = {});

 private:
  ServiceContext& ctx_;
};

// Whether the row carries a director's decision (see import_assistances).
bool records_decision(const TechnicalAssistance& at);

}  // namespace cdmype::services
