// A minimal pretty-printing JSON emitter (objects, arrays, strings, integers) with exact escaping.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_text.hpp"

namespace cdmype::report {

using cdmype::json_quote;

// Writes `"key": value` pairs with two-space indentation, one member per
// line, so files diff line by line and tests can match `"key": 123`.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(std::string_view s);
  JsonWriter& value_null();
  // A number already formatted (e.g. "1.50"); the caller guarantees JSON syntax.
  JsonWriter& value_number_text(std::string_view text);

  // Shorthands for the common member forms.
  JsonWriter& member(std::string_view name, std::int64_t n) { return key(name).value(n); }
  JsonWriter& member(std::string_view name, std::string_view s) { return key(name).value(s); }

  // The document, ending in a newline. Only valid when every scope is closed.
  std::string str() const;

 private:
  struct Scope {
    bool is_object;
    int members;
  };
  void before_value();
  void newline_indent();
  void close(char bracket);

  std::string out_;
  std::vector<Scope> scopes_;
  bool after_key_ = false;
};

}  // namespace cdmype::report
