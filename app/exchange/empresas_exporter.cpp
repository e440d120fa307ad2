// Enterprise → `empresas` row: codes as codes, ISO dates, money "1234.56", si/no.
#include "exchange/empresas_exporter.hpp"

#include <sstream>

#include "exchange/exchange_columns.hpp"
#include "exchange/export_cells.hpp"

namespace cdmype::exchange {

EmpresasExporter::EmpresasExporter(std::ostream& out, const ExportLookups& lookups,
                                   CsvWriteOptions options, const Territory& territory)
    : writer_(out, options), lookups_(lookups), territory_(territory) {
  writer_.write_row(header_cells(kEmpresasColumns));
}

void EmpresasExporter::set_size_basis(const Date& on, SizeRules rules) {
  size_date_ = on;
  size_rules_ = std::move(rules);
}

void EmpresasExporter::write(const Enterprise& e) {
  const SizeClass size = size_of(e, size_date_, size_rules_);
  // Same order as kEmpresasColumns.
  const std::string cells[] = {
      e.codigo,
      e.nombre,
      std::string(code_of(e.forma_juridica)),
      e.titular.nombre,
      e.titular.dui,
      std::string(code_of(e.titular.sexo)),
      date_cell(e.titular.fecha_nacimiento),
      std::to_string(e.socias),
      std::to_string(e.socios),
      std::string(code_of(e.sector)),
      distrito_cell(territory_, e.distrito_id),
      std::string(code_of(e.zona)),
      std::to_string(e.empleados_mujeres),
      std::to_string(e.empleados_hombres),
      money_cell(e.ventas_anuales),
      date_cell(e.fecha_ingreso),
      lookups_.username(e.asesor_id),
      std::string(code_of(e.fuente)),
      include_sensitive_ ? si_no_cell(e.titular.retornado) : std::string(),
      include_sensitive_ ? si_no_cell(e.titular.discapacidad) : std::string(),
      e.nit,
      e.nrc,
      std::string(tamano_code(size.tamano)),
      size.categoria ? std::string(code_of(*size.categoria)) : std::string(),
  };
  static_assert(std::size(cells) == kEmpresasColumns.size());
  writer_.write_row(cells);
}

std::string export_empresas(std::span<const Enterprise> records, const ExportLookups& lookups,
                            CsvWriteOptions options) {
  std::ostringstream out;
  EmpresasExporter exporter(out, lookups, options);
  for (const auto& e : records) exporter.write(e);
  return std::move(out).str();
}

}  // namespace cdmype::exchange
