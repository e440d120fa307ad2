// AdvisorySession → `sesiones` row.
#include "exchange/sesiones_exporter.hpp"

#include <sstream>

#include "exchange/exchange_columns.hpp"
#include "exchange/export_cells.hpp"

namespace cdmype::exchange {

SesionesExporter::SesionesExporter(std::ostream& out, const ExportLookups& lookups,
                                   CsvWriteOptions options)
    : writer_(out, options), lookups_(lookups) {
  writer_.write_row(header_cells(kSesionesColumns));
}

void SesionesExporter::write(const AdvisorySession& s) {
  // Same order as kSesionesColumns.
  const std::string cells[] = {
      lookups_.enterprise_codigo(s.enterprise_id),
      lookups_.username(s.asesor_id),
      date_cell(s.fecha),
      std::to_string(s.duracion_min),
      std::string(code_of(s.modalidad)),
      std::string(code_of(s.area)),
      s.tema,
      s.acuerdos,
  };
  static_assert(std::size(cells) == kSesionesColumns.size());
  writer_.write_row(cells);
}

std::string export_sesiones(std::span<const AdvisorySession> records, const ExportLookups& lookups,
                            CsvWriteOptions options) {
  std::ostringstream out;
  SesionesExporter exporter(out, lookups, options);
  for (const auto& s : records) exporter.write(s);
  return std::move(out).str();
}

}  // namespace cdmype::exchange
