// Turning core's record problems ("campo: …") into import messages ("línea N, columna X: …").
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/csv_columns.hpp"
#include "exchange/row_reader.hpp"

namespace cdmype::exchange {

// Core's validate() words a problem "field: message". When `field` is one
// of `columns` the problem is recorded on that column of the row (with the
// header as written in the file), otherwise on the whole row. Problems of
// the field `skip_field` are dropped (e.g. an empty codigo, assigned later).
void report_core_problems(RowReader& row, const std::vector<std::string>& problems,
                          std::span<const ColumnSpec> columns, std::string_view skip_field);

}  // namespace cdmype::exchange
