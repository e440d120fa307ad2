// TechnicalAssistance → `asistencias` row.
#include "exchange/asistencias_exporter.hpp"

#include "exchange/asistencias_columns.hpp"
#include "exchange/export_cells.hpp"

namespace cdmype::exchange {

AsistenciasExporter::AsistenciasExporter(std::ostream& out, CsvWriteOptions options)
    : writer_(out, options) {
  writer_.write_row(header_cells(kAsistenciasColumns));
}

void AsistenciasExporter::write(const TechnicalAssistance& at, const AtExportNames& names) {
  // A decision date without a decision (a request cancelled before it) is
  // not a column of its own; the file keeps only what the importer reads back.
  const std::string cells[] = {
      at.codigo,
      names.empresa,
      at.descripcion,
      names.proveedor,
      money_cell(at.costo_total),
      std::string(code_of(at.estado)),
      date_cell(at.fecha_solicitud),
      date_cell(at.fecha_aprobacion),
      date_cell(at.fecha_finalizacion),
      names.solicitada_por,
      names.aprobada_por,
      at.motivo_rechazo,
  };
  static_assert(std::size(cells) == kAsistenciasColumns.size());
  writer_.write_row(cells);
}

}  // namespace cdmype::exchange
