// Record codes (expediente, AT) as a center writes them: kept as written, compared by one key.
#pragma once
#include <string>
#include <string_view>

namespace cdmype {

// The comparison key of a code: trimmed, ASCII letters upper-cased. Codes are
// stored as written (a center's history has its own, "AT-2026-088",
// "2025/14", "ATCH-15"); two codes with the same key are the same code, so
// "atch-15" repeats "ATCH-15" and a person may type either to find it.
std::string codigo_key(std::string_view codigo);

}  // namespace cdmype
