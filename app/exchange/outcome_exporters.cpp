// Training / attendee / result → rows of their exchange files.
#include "exchange/outcome_exporters.hpp"

#include "exchange/export_cells.hpp"
#include "exchange/outcome_columns.hpp"

namespace cdmype::exchange {

CapacitacionesExporter::CapacitacionesExporter(std::ostream& out, CsvWriteOptions options)
    : writer_(out, options) {
  writer_.write_row(header_cells(kCapacitacionesColumns));
}

void CapacitacionesExporter::write(const Training& t) {
  const std::string cells[] = {
      t.titulo, t.tema, t.institucion, date_cell(t.fecha), hours_text(t.minutos), t.lugar};
  static_assert(std::size(cells) == kCapacitacionesColumns.size());
  writer_.write_row(cells);
}

AsistentesExporter::AsistentesExporter(std::ostream& out, CsvWriteOptions options)
    : writer_(out, options) {
  writer_.write_row(header_cells(kAsistentesColumns));
}

void AsistentesExporter::write(const TrainingAttendee& a, const std::string& capacitacion,
                               const std::string& empresa) {
  const std::string cells[] = {capacitacion, empresa, a.nombre, std::string(code_of(a.sexo))};
  static_assert(std::size(cells) == kAsistentesColumns.size());
  writer_.write_row(cells);
}

ResultadosExporter::ResultadosExporter(std::ostream& out, CsvWriteOptions options)
    : writer_(out, options) {
  writer_.write_row(header_cells(kResultadosColumns));
}

void ResultadosExporter::write(const ResultRecord& r, const std::string& empresa) {
  std::string valor;
  switch (valor_kind(r.tipo)) {
    case ValorResultado::Dinero:
      valor = money_cell(Money::from_cents(r.valor));
      break;
    case ValorResultado::Cantidad:
      valor = std::to_string(r.valor);
      break;
    case ValorResultado::Ninguno:
      break;
  }
  const std::string cells[] = {empresa, date_cell(r.fecha), std::string(code_of(r.tipo)), valor,
                               r.detalle};
  static_assert(std::size(cells) == kResultadosColumns.size());
  writer_.write_row(cells);
}

}  // namespace cdmype::exchange
