// Exporting referrals as the `remisiones` exchange file (same columns the importer reads).
#pragma once
#include <ostream>

#include "core/referral.hpp"
#include "exchange/csv_writer.hpp"
#include "exchange/import_lookups.hpp"

namespace cdmype::exchange {

// Streams rows: the constructor writes the header, write() one referral with
// its state and linked file, so the center's export tells a ventanilla what
// became of each referral.
class RemisionesExporter {
 public:
  RemisionesExporter(std::ostream& out, const ExportLookups& lookups, CsvWriteOptions options = {});
  void write(const Referral& r);

 private:
  CsvWriter writer_;
  const ExportLookups& lookups_;
};

}  // namespace cdmype::exchange
