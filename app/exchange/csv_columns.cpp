// Header matching: tolerant of how people retype column names, strict about missing ones.
#include "exchange/csv_columns.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace cdmype::exchange {

ColumnMap ColumnMap::match(std::span<const ColumnSpec> specs,
                           const std::vector<std::string>& header, int header_line,
                           ImportErrors& errors) {
  std::vector<std::string> folded_specs;
  folded_specs.reserve(specs.size());
  for (const auto& spec : specs) folded_specs.push_back(fold_for_match(spec.name));

  ColumnMap map;
  // One "column" that is no known name: the file uses another separator
  // ("|") and every required column would be reported missing.
  if (header.size() == 1 && std::find(folded_specs.begin(), folded_specs.end(),
                                      fold_for_match(trim(header[0]))) == folded_specs.end()) {
    errors.add_line(header_line,
                    "no se reconocen las columnas: el encabezado debe llevar los nombres de "
                    "columna separados por «;», «,» o tabulador (en Excel: «Guardar como» → «CSV "
                    "UTF-8»).");
    return map;
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string shown = trim(header[i]);
    if (shown.empty()) continue;
    const std::string folded = fold_for_match(shown);
    std::size_t s = 0;
    while (s < specs.size() && folded_specs[s] != folded) ++s;
    if (s == specs.size()) {
      errors.warn("columna desconocida «" + shown + "», se ignora");
      continue;
    }
    if (const Entry* first = map.find(specs[s].name)) {
      errors.add_line(header_line, "la columna «" + shown + "» aparece dos veces (la primera es «" +
                                       first->header + "»); deje solo una.");
      continue;
    }
    map.entries_.push_back({specs[s].name, i, shown});
  }
  for (const auto& spec : specs) {
    if (spec.required && !map.has(spec.name))
      errors.add_line(header_line,
                      "falta la columna obligatoria «" + std::string(spec.name) + "».");
  }
  return map;
}

const ColumnMap::Entry* ColumnMap::find(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

std::optional<std::size_t> ColumnMap::index(std::string_view name) const {
  if (const Entry* e = find(name)) return e->index;
  return std::nullopt;
}

std::string_view ColumnMap::header_name(std::string_view name) const {
  if (const Entry* e = find(name)) return e->header;
  return name;
}

}  // namespace cdmype::exchange
