// Exporting Enterprise records as the `empresas` exchange file (same columns the importer reads).
#pragma once
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/enterprise.hpp"
#include "core/enterprise_size.hpp"
#include "core/territory.hpp"
#include "exchange/csv_writer.hpp"
#include "exchange/import_lookups.hpp"

namespace cdmype::exchange {

// Streams rows so a national-size export never holds every record at once:
// the constructor writes the header, write() one enterprise per call.
class EmpresasExporter {
 public:
  EmpresasExporter(std::ostream& out, const ExportLookups& lookups, CsvWriteOptions options = {},
                   const Territory& territory = Territory::el_salvador());
  // The date (the export date) and the size rules the derived
  // tamano/categoria_micro columns are computed with; without it they say sin_datos.
  void set_size_basis(const Date& on, SizeRules rules);
  // Disability and returnee status are written only when asked (sensitive
  // data: exchange/export_privacy.hpp); otherwise their cells are empty.
  void include_sensitive(bool yes) { include_sensitive_ = yes; }
  void write(const Enterprise& e);

 private:
  bool include_sensitive_ = true;
  Date size_date_;
  SizeRules size_rules_;
  CsvWriter writer_;
  const ExportLookups& lookups_;
  const Territory& territory_;
};

// Convenience: the whole file as a string.
std::string export_empresas(std::span<const Enterprise> records, const ExportLookups& lookups,
                            CsvWriteOptions options = {});

}  // namespace cdmype::exchange
