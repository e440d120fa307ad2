// What an audit entry changed: the fields that differ between its before/after JSON snapshots.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::ui {

// Parses a flat JSON object (string, number, boolean or null values) into
// key → value text; nullopt when the text is not such an object.
std::optional<std::map<std::string, std::string>> parse_flat_json(std::string_view json);

// Keys whose values differ, in key order; "id", "version" and "uuid" are
// bookkeeping and left out. An insert (no before) lists nothing.
std::vector<std::string> changed_fields(const std::optional<std::string>& before,
                                        const std::optional<std::string>& after);

}  // namespace cdmype::ui
