// A flat JSON object builder for audit before/after snapshots (no dependency for one small job).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdmype::store {

// Keys in insertion order; values are text, integers, booleans or null.
// Named adders instead of overloads: an int would be ambiguous between
// integer and boolean, and a literal would silently become a bool.
class JsonObject {
 public:
  JsonObject& text(std::string_view key, std::string_view value);
  JsonObject& optional_text(std::string_view key, const std::optional<std::string>& value);
  JsonObject& integer(std::string_view key, std::int64_t value);
  JsonObject& boolean(std::string_view key, bool value);
  JsonObject& null(std::string_view key);
  std::string str() const { return out_ + "}"; }

 private:
  void key(std::string_view k);
  std::string out_ = "{";
};

}  // namespace cdmype::store
