// Referral → `remisiones` row.
#include "exchange/remisiones_exporter.hpp"

#include "exchange/export_cells.hpp"
#include "exchange/outcome_columns.hpp"

namespace cdmype::exchange {

RemisionesExporter::RemisionesExporter(std::ostream& out, const ExportLookups& lookups,
                                       CsvWriteOptions options)
    : writer_(out, options), lookups_(lookups) {
  writer_.write_row(header_cells(kRemisionesColumns));
}

void RemisionesExporter::write(const Referral& r) {
  // Same order as kRemisionesColumns.
  const std::string cells[] = {
      r.meta.uuid,
      date_cell(r.fecha),
      distrito_cell(Territory::el_salvador(), r.distrito_id),
      r.nombre,
      std::string(code_of(r.sexo)),
      r.telefono,
      r.dui,
      std::string(code_of(r.sector)),
      r.necesidad,
      r.enterprise_id != 0 ? lookups_.enterprise_codigo(r.enterprise_id) : std::string(),
      std::string(code_of(r.estado)),
  };
  static_assert(std::size(cells) == kRemisionesColumns.size());
  writer_.write_row(cells);
}

}  // namespace cdmype::exchange
