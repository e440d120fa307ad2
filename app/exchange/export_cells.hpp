// How values are written in exchange files, so that what we export our importer reads back
// unchanged.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/money.hpp"
#include "core/territory.hpp"
#include "exchange/csv_columns.hpp"

namespace cdmype::exchange {

inline std::string si_no_cell(bool value) { return value ? "si" : "no"; }
// ISO 2026-10-05; "" for no date.
std::string date_cell(const std::optional<Date>& d);
// "1234.56": no symbol, no grouping, '.' decimals.
std::string money_cell(Money m);
// The distrito's name; "San Fernando, Morazán" when the name alone is
// shared by several departamentos (Territory::resolve reads both forms).
std::string distrito_cell(const Territory& territory, int distrito_id);

// The header row of a kind: the spec names in order.
std::vector<std::string_view> header_cells(std::span<const ColumnSpec> columns);

}  // namespace cdmype::exchange
