// A JSON document read into a tree: the report packages and the center reports they carry are
// read back by the national consolidation (and flattened to compare an issued report).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::report {

class JsonWriter;
struct JsonMember;

struct JsonValue {
  enum class Kind { Null, Boolean, Number, String, Array, Object };
  Kind kind = Kind::Null;
  std::string text;                 // a number as written, a string unescaped, "true"/"false"
  std::vector<JsonValue> items;     // Array
  std::vector<JsonMember> members;  // Object, in document order

  bool is_object() const { return kind == Kind::Object; }
  bool is_number() const { return kind == Kind::Number; }
  // The member named `key`, nullptr when absent (or not an object).
  const JsonValue* find(std::string_view key) const;
  JsonValue* find(std::string_view key);
  // A number without fraction or exponent that fits 64 bits.
  std::optional<std::int64_t> integer() const;
  std::optional<double> number() const;
  // The integer at a path of member names ({"sesiones", "minutos"}); 0 when a member is missing
  // or the value is not an integer (a figure a center's report does not have counts nothing).
  std::int64_t integer_at(std::span<const std::string_view> path) const;
  std::int64_t integer_at(std::initializer_list<std::string_view> path) const {
    return integer_at(std::span(path.begin(), path.size()));
  }
};

// A member of an object; a struct, not a std::pair, so the tree can hold itself.
struct JsonMember {
  std::string key;
  JsonValue value;
};

// Throws std::runtime_error naming the position on malformed JSON.
JsonValue parse_json(std::string_view text);

// Writes the value where the writer stands (numbers as written).
void write_json(JsonWriter& w, const JsonValue& v);

}  // namespace cdmype::report
