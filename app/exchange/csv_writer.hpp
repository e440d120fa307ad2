// Writing CSV exchange files: UTF-8, ',' separator, quoting only when needed, formula-safe cells.
#pragma once
#include <functional>
#include <vector>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace cdmype::exchange {

struct CsvWriteOptions {
  char separator = ',';
  // Off by default: our own importer and LibreOffice need none, and a BOM
  // confuses scripts. Excel on Windows opens accented UTF-8 correctly only
  // with it, so the GUI may offer it.
  bool bom = false;
  // Columns appended after the kind's own on every row (the pseudonymous
  // exports' «seudonimo»): their names for the header, the first row
  // written, and what fills them for each later row.
  std::vector<std::string> extra_columns;
  std::function<std::vector<std::string>()> extra_cells;
};

// Spreadsheet formula injection guard (OWASP "CSV injection"): a cell that
// starts with '=', '+', '-' or '@' would be run as a formula when the file
// is opened in Excel or LibreOffice, so it gets a leading apostrophe
// ("=HYPERLINK(…)" → "'=HYPERLINK(…)"). The exception is a plain number —
// optional sign, digits, optional '.' or ',' and digits, e.g. "-5.00" or
// "+50370000000" — which a spreadsheet reads as a number, not a formula, and
// which must stay intact for money to round-trip. The importer removes that
// apostrophe again (row_reader.hpp), so export → import gives back the text.
std::string neutralize_formula(std::string_view cell);
bool is_plain_number(std::string_view cell);

// One cell as written: neutralized, then quoted (RFC 4180, inner quotes
// doubled) when it holds the separator, a quote, a line break or
// surrounding spaces.
std::string csv_cell(std::string_view value, char separator = ',');

// Streams rows to `out`, one per line ending in "\n".
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out, CsvWriteOptions options = {});
  void write_row(std::span<const std::string> cells);
  void write_row(std::span<const std::string_view> cells);

 private:
  void end_row();
  bool header_written_ = false;
  std::ostream& out_;
  CsvWriteOptions options_;
};

}  // namespace cdmype::exchange
