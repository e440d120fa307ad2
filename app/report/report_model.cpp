// format_cell and build_report_model: the sections in the order of product.md §3.
#include "report/report_model.hpp"

#include "core/money.hpp"
#include "report/report_format.hpp"
#include "report/report_model_sections.hpp"

namespace cdmype::report {

std::string format_cell(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Text:
      return cell.text;
    case Cell::Kind::Count:
      return format_count(cell.value);
    case Cell::Kind::Money:
      return format_money(Money::from_cents(cell.value));
    case Cell::Kind::Hours:
      return format_hours(cell.value);
    case Cell::Kind::Percent:
      return format_percent(cell.percent);
  }
  return cell.text;
}

std::vector<Section> build_report_model(const MonthlyFigures& f) {
  return {empresas_section(f),   sesiones_section(f),       asistencias_section(f),
          remisiones_section(f), capacitaciones_section(f), resultados_section(f),
          metas_section(f)};
}

}  // namespace cdmype::report
