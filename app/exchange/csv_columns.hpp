// The columns a kind of exchange file knows, and where each one is in a given file's header.
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/import_errors.hpp"

namespace cdmype::exchange {

struct ColumnSpec {
  std::string_view name;  // canonical header, as product.md §4 spells it
  bool required = false;  // the file must have the column (values may still be optional)
};

class ColumnMap {
 public:
  // Matches header cells to `specs` ignoring surrounding spaces, case,
  // accents and '_' versus ' ' ("Titular DUI" is titular_dui). Unknown
  // columns become warnings "columna desconocida «x», se ignora"; a missing
  // required column or a repeated one is an error of the header line.
  // Columns with an empty name (a trailing separator) are ignored silently.
  static ColumnMap match(std::span<const ColumnSpec> specs, const std::vector<std::string>& header,
                         int header_line, ImportErrors& errors);

  // Position of the column `name` (a spec name) in the file, if present.
  std::optional<std::size_t> index(std::string_view name) const;
  bool has(std::string_view name) const { return index(name).has_value(); }
  // The header as written in the file (trimmed), for messages; the spec
  // name when the column is absent.
  std::string_view header_name(std::string_view name) const;

 private:
  struct Entry {
    std::string_view name;
    std::size_t index;
    std::string header;
  };
  const Entry* find(std::string_view name) const;
  std::vector<Entry> entries_;
};

}  // namespace cdmype::exchange
