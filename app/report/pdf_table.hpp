// Report tables: proportional columns, wrapped cells, header repeated after a page break.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/pdf_page_frame.hpp"

namespace cdmype::report {

enum class Align { Left, Right };

struct Column {
  std::string title;    // UTF-8; wrapped if longer than the column
  float weight = 1.0f;  // share of the content width
  Align align = Align::Left;
};

// Cells are UTF-8 and already formatted ("$1,234.56", "1,234").
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  std::optional<std::vector<std::string>> totals;  // bold, ruled above
};

// Draws the table at the frame's cursor, under `caption` if given. A row
// never splits; when the next row does not fit, the table continues on a
// new page under "caption (continuación)" and a repeated header row. The
// caption and header are kept with at least the first row.
void draw_table(PageFrame& frame, const Table& table, std::string_view caption = {});

}  // namespace cdmype::report
