// Reading CSV exchange files (product.md §4): decoding, separator detection, RFC 4180 quoting.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/text_encoding.hpp"

namespace cdmype::exchange {

// One logical record and the physical line where it starts (1-based, the
// header is line 1), so messages point where a person looks in an editor.
struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};

struct CsvTable {
  SourceEncoding encoding = SourceEncoding::Utf8;  // how the bytes were read
  char separator = ',';
  int header_line = 1;
  std::vector<std::string> header;  // as written in the file (untrimmed)
  std::vector<CsvRecord> records;   // data rows; blank rows already dropped
};

// Limits that keep a hostile or mistaken file (a photo renamed .csv, a
// spreadsheet dumped with a million columns) from exhausting memory or time.
// Real center files are far below them.
struct CsvLimits {
  std::size_t max_columns = 1000;
  std::size_t max_field_bytes = 100'000;
  std::size_t max_problems = 200;  // field-count errors listed before stopping
};

// Parses a whole file. Reads UTF-8 with or without BOM, Windows-1252 and
// UTF-16 with BOM (decode_text); ',', ';' or tab (the one more frequent
// outside quotes on the header line; ',' on a tie; or the one named by an
// Excel "sep=;" first line), quoted
// fields with separators, doubled quotes and line breaks inside, and LF,
// CRLF or lone CR line ends. Rows that are empty or hold only separators
// (what Excel leaves behind for formatted but blank rows) are skipped.
// Throws ValidationFailed with Spanish messages ("línea N: …"): bytes no
// encoding explains (with the advice to save as «CSV UTF-8»), control bytes, an unclosed
// quote, a row with another number of fields than the header, limits.
CsvTable read_csv(std::string_view bytes, const CsvLimits& limits = {});

}  // namespace cdmype::exchange
