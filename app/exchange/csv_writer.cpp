// CSV output with the formula-injection guard; see csv_writer.hpp for the rule.
#include "exchange/csv_writer.hpp"

#include <cctype>

namespace cdmype::exchange {

bool is_plain_number(std::string_view cell) {
  std::size_t i = 0;
  if (i < cell.size() && (cell[i] == '-' || cell[i] == '+')) ++i;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < cell.size() && std::isdigit(static_cast<unsigned char>(cell[i]))) ++i;
    return i > start;
  };
  if (!digits()) return false;
  if (i < cell.size() && (cell[i] == '.' || cell[i] == ',')) {
    ++i;
    if (!digits()) return false;
  }
  return i == cell.size();
}

std::string neutralize_formula(std::string_view cell) {
  if (!cell.empty() && std::string_view("=+-@").find(cell.front()) != std::string_view::npos &&
      !is_plain_number(cell)) {
    // Built by append: GCC 12 warns falsely (-Wrestrict) on "'" + std::string.
    std::string out;
    out.reserve(cell.size() + 1);
    out += '\'';
    out += cell;
    return out;
  }
  return std::string(cell);
}

std::string csv_cell(std::string_view value, char separator) {
  const std::string cell = neutralize_formula(value);
  const bool needs_quotes =
      cell.find_first_of(std::string{separator, '"', '\n', '\r'}) != std::string::npos ||
      (!cell.empty() && (cell.front() == ' ' || cell.back() == ' ' || cell.front() == '\t'));
  if (!needs_quotes) return cell;
  std::string out;
  out.reserve(cell.size() + 2);
  out += '"';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

CsvWriter::CsvWriter(std::ostream& out, CsvWriteOptions options) : out_(out), options_(options) {
  if (options_.bom) out_ << "\xEF\xBB\xBF";
}

void CsvWriter::write_row(std::span<const std::string> cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out_ << options_.separator;
    out_ << csv_cell(cells[i], options_.separator);
  }
  end_row();
}

void CsvWriter::write_row(std::span<const std::string_view> cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out_ << options_.separator;
    out_ << csv_cell(cells[i], options_.separator);
  }
  end_row();
}

void CsvWriter::end_row() {
  if (!options_.extra_columns.empty()) {
    std::vector<std::string> extra;
    if (!header_written_) extra = options_.extra_columns;
    else if (options_.extra_cells) extra = options_.extra_cells();
    for (std::size_t i = 0; i < options_.extra_columns.size(); ++i)
      out_ << options_.separator << csv_cell(i < extra.size() ? extra[i] : std::string(),
                                             options_.separator);
  }
  header_written_ = true;
  out_ << '\n';
}

}  // namespace cdmype::exchange
