// JSON string literals, shared by the audit snapshots (store) and the report (report).
#pragma once
#include <string>
#include <string_view>

namespace cdmype {

// Appends `utf8` as a JSON string literal with quotes: `"`, `\` and control
// characters escaped (\n \r \t shorthand, others \u00XX); valid UTF-8 passes
// through unchanged, invalid bytes become \ufffd so the output is always valid JSON.
void append_json_quoted(std::string& out, std::string_view utf8);

inline std::string json_quote(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 2);
  append_json_quoted(out, utf8);
  return out;
}

}  // namespace cdmype
