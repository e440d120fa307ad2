// Exporting AdvisorySession records as the `sesiones` exchange file (same columns the importer
// reads).
#pragma once
#include <ostream>
#include <span>
#include <string>

#include "core/advisory_session.hpp"
#include "exchange/csv_writer.hpp"
#include "exchange/import_lookups.hpp"

namespace cdmype::exchange {

// Streams rows: the constructor writes the header, write() one session.
class SesionesExporter {
 public:
  SesionesExporter(std::ostream& out, const ExportLookups& lookups, CsvWriteOptions options = {});
  void write(const AdvisorySession& s);

 private:
  CsvWriter writer_;
  const ExportLookups& lookups_;
};

std::string export_sesiones(std::span<const AdvisorySession> records, const ExportLookups& lookups,
                            CsvWriteOptions options = {});

}  // namespace cdmype::exchange
