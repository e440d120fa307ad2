// Cell formatting for exporters (ISO dates, plain money, unambiguous distrito names).
#include "exchange/export_cells.hpp"

namespace cdmype::exchange {

std::string date_cell(const std::optional<Date>& d) { return d ? to_iso(*d) : std::string{}; }

std::string money_cell(Money m) { return format_money_plain(m); }

std::string distrito_cell(const Territory& territory, int distrito_id) {
  const Distrito* d = territory.by_id(distrito_id);
  if (!d) return {};
  if (territory.by_name(d->nombre).size() > 1) return d->nombre + ", " + d->departamento;
  return d->nombre;
}

std::vector<std::string_view> header_cells(std::span<const ColumnSpec> columns) {
  std::vector<std::string_view> out;
  out.reserve(columns.size());
  for (const auto& c : columns) out.push_back(c.name);
  return out;
}

}  // namespace cdmype::exchange
