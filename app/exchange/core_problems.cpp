// Maps "field: message" problems of core onto the columns of an exchange file.
#include "exchange/core_problems.hpp"

namespace cdmype::exchange {

void report_core_problems(RowReader& row, const std::vector<std::string>& problems,
                          std::span<const ColumnSpec> columns, std::string_view skip_field) {
  for (const std::string& p : problems) {
    const auto colon = p.find(": ");
    const std::string_view field =
        colon == std::string::npos ? std::string_view{} : std::string_view(p).substr(0, colon);
    if (!skip_field.empty() && field == skip_field) continue;
    bool known = false;
    for (const auto& c : columns) known = known || (!field.empty() && c.name == field);
    if (known)
      row.problem(field, std::string_view(p).substr(colon + 2));
    else
      row.row_problem(p);
  }
}

}  // namespace cdmype::exchange
