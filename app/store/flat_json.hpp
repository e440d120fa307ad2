// Flat JSON objects (the audit snapshots) split into their members and joined again, byte for byte.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::store {

// One member: its key unescaped, its value exactly as written (`"Peña"` with
// its quotes and escapes, `12`, `true`, `null`), so joining the members gives
// back the same bytes JsonObject wrote.
struct JsonMember {
  std::string key;
  std::string raw_value;
};

// nullopt when `json` is not a flat object of string, number, boolean or null values.
std::optional<std::vector<JsonMember>> split_flat_json(std::string_view json);
std::string join_flat_json(const std::vector<JsonMember>& members);

// The text of a raw string value (`"Pe\u00f1a"` → "Peña"); nullopt when it is
// not a string. Numbers, booleans and null give their literal text.
std::optional<std::string> json_value_text(std::string_view raw_value);

}  // namespace cdmype::store
