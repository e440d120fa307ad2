// Exporting AT records as the `asistencias` exchange file (same columns the importer reads).
#pragma once
#include <ostream>
#include <string>

#include "core/at_record.hpp"
#include "exchange/csv_writer.hpp"

namespace cdmype::exchange {

// The names the file carries instead of ids, resolved by whoever reads the store.
struct AtExportNames {
  std::string empresa;         // enterprise código
  std::string proveedor;       // provider name
  std::string solicitada_por;  // username
  std::string aprobada_por;    // username
};

// Streams rows: the constructor writes the header, write() one AT. The
// subsidy is not written: an import recomputes it from the policy.
class AsistenciasExporter {
 public:
  explicit AsistenciasExporter(std::ostream& out, CsvWriteOptions options = {});
  void write(const TechnicalAssistance& at, const AtExportNames& names);

 private:
  CsvWriter writer_;
};

}  // namespace cdmype::exchange
