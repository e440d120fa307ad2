// Reads a report's JSON back as flat "path: value" pairs, to compare an issued report with today's.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cdmype::report {

// One leaf of the document: "empresas_atendidas.total" → "71". Strings are
// unquoted and unescaped, numbers kept as written, null as "null". Array
// elements are named by their "indicador" member when they have one
// ("metas.sesiones.mes"), so adding a goal does not renumber the others;
// otherwise by position ("lista[2]"). Empty objects and arrays give no leaf.
using FlatJson = std::vector<std::pair<std::string, std::string>>;

// Document order. Throws std::runtime_error on malformed JSON.
FlatJson flatten_json(std::string_view json);

}  // namespace cdmype::report
